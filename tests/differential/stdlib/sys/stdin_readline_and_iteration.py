import sys

first = sys.stdin.readline()
print("first:", repr(first))
second = sys.stdin.readline()
print("second:", repr(second))
count = 0
for line in sys.stdin:
    count += 1
    print(count, line.rstrip("\n").upper())
print("at end:", repr(sys.stdin.readline()))
