name = input()
print("Hello,", name)
count = int(input())
total = 0
for _ in range(count):
    total += int(input())
print("sum:", total)
line = input("prompt> ")
print(repr(line))
words = input().split()
print(sorted(words))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
