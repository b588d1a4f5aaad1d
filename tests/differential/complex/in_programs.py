def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-6, 7, 2):
    rows.append(''.join('#' if mandel(complex(x / 10, y / 5)) == 50 else '.' for x in range(-20, 6)))
print('\n'.join(rows))
def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
print(roots(1, 2, 5), roots(1, -3, 2))
class P:
    def __init__(self, z):
        self.z = z
    def __repr__(self):
        return f'P({self.z!r})'
print(sorted([P(3j), P(1 + 1j)], key=lambda p: abs(p.z)))
