a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, -a, +a, a + 1, 1 + a, a - 0.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, 1 / 2j)
print((1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / (0 + 1e-320j), 1j * 1j * 1j * 1j, sum([1j, 2, 3.5, 1 - 1j]))
x = 1j
x += 1
x *= 2j
x /= 1 - 1j
print(x)
print(True + 1j, a * False, (2 + 3j) - (2 + 3j), 10 ** 30 * 1j)
for f in [lambda: a / 0, lambda: a / 0j, lambda: a // 2, lambda: a % 2, lambda: divmod(a, 2), lambda: a + 'x', lambda: [1] * 1j, lambda: 10 ** 400 + 1j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
