from fractions import Fraction
pi = Fraction('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(), pi.limit_denominator(1))
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(0.1).limit_denominator(), Fraction(-0.1).limit_denominator(1000))
print(Fraction(1, 2).limit_denominator(1), Fraction(3, 2).limit_denominator(1), Fraction(5, 2).limit_denominator(1))
print(Fraction(math_e := '2.718281828459045').limit_denominator(1000))
for m in [0, -5]:
    try:
        pi.limit_denominator(m)
    except ValueError as e:
        print(type(e).__name__, e)
