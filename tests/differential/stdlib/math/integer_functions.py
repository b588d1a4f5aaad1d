import math

print(math.factorial(0), math.factorial(25))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 30), math.gcd(-4, 6), math.gcd(2**100, 2**60 * 3))
print(math.lcm(), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1))
print(math.comb(5, 0), math.comb(5, 6), math.comb(60, 30), math.perm(5), math.perm(5, 6), math.perm(20, 10))
for label, f in [
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("factorial(-3)", lambda: math.factorial(-3)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("comb(5, -2)", lambda: math.comb(5, -2)),
    ("perm(3.0, 1)", lambda: math.perm(3.0, 1)),
    ("gcd(1.5, 3)", lambda: math.gcd(1.5, 3)),
    ("lcm('a')", lambda: math.lcm("a")),
]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
