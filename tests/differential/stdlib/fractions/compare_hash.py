from fractions import Fraction
a = Fraction(3, 4)
print(a == 0.75, a == Fraction(6, 8), a < 1, a > 0.7, Fraction(2) == 2, 2 == Fraction(2), a != 1, 1 > a)
print(a < float('inf'), a > float('-inf'), a == float('nan'), a != float('nan'), a < float('nan'), a == 'x', a != None)
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(-1, 3), 0]))
print(max(Fraction(1, 3), 0.3), min([Fraction(7, 2), 3, 4.0]))
for x in [Fraction(1, 2), Fraction(5), Fraction(-1), Fraction(1, 3), Fraction(-7, 2), Fraction(10**30, 7), Fraction(1, 2**61 - 1)]:
    print(hash(x))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), hash(Fraction(10**30)) == hash(10**30))
d = {Fraction(1, 2): 'half', 3: 'three'}
print(d[0.5], d[Fraction(3)], Fraction(1, 2) in {0.5}, len({Fraction(2), 2, 2.0}))
try:
    a < 'x'
except TypeError as e:
    print(type(e).__name__, e)
