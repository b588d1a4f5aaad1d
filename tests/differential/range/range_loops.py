for i in range(3):
    print("i", i)
for i in range(10, 0, -4):
    print("down", i)
for i in range(0):
    print("never")
total = 0
for i in range(-5, 6):
    total += i
print(total)
r = range(1, 4)
print([x * y for x in r for y in r])
print(list(enumerate(range(100, 103))), list(zip(range(3), range(10, 13))))
n = 0
for _ in range(1000):
    n += 1
print(n)
