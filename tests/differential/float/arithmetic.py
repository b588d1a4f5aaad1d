a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(0.1 + 0.7, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 100 * 1.1)
print(2.0 ** 0.5, 2 ** -0.5, (-8.0) ** 2, 10.0 ** -2)
print(1e300 * 1e300, -1e300 * 1e300)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
x = 1.0
for i in range(10):
    x += 0.1
print(x)
s = 0.0
for i in range(1, 1001):
    s += 1.0 / i
print(s)
print(3.0 * 4, 3.0 / 4, -3.0, +3.5, abs(-2.25))
