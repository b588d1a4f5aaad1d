# Small ints promote to arbitrary precision transparently.
print(2 ** 62, 2 ** 63, 2 ** 64)
print(2 ** 200)
print(-(2 ** 200))
x = 9223372036854775807
print(x + 1)
print(x * x)
print(-x - 1 - 1)
y = 1
for i in range(100):
    y = y * 3
print(y)
print(y // 7, y % 7)
print(y - y, (y - y) == 0)
print(2 ** 100 - 2 ** 100 + 5)
big = 10 ** 50
print(big, big + 1, big - 1)
print(big * -1)
print(type(big).__name__)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
