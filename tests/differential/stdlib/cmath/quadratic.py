import cmath
def solve(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, 2, 5), (1, -3, 2), (2, 0, 8), (1, 0, 0), (1, 1, 1), (0.5, -1.5, 4.25)]:
    r1, r2 = solve(*coeffs)
    print(coeffs, r1, r2, abs(r1 * r2 - coeffs[2] / coeffs[0]) < 1e-12)
z = cmath.sqrt(-2) * cmath.sqrt(-2)
r, phi = cmath.polar(1 + 1j)
print(z, r, phi, cmath.log(cmath.e ** 2), abs(cmath.log(-1).imag - cmath.pi) < 1e-15)
