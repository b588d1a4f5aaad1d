from decimal import Decimal as D
from fractions import Fraction
print(D('0.5') == Fraction(1, 2), D('0.1') == 0.1, D('0.5') == 0.5, D(1) < 2, D(2) > 1.5, D('NaN') == D('NaN'), D(1) != D('1.0'), D('1.0') == 1, D('1.00') == D('1'))
print(D('-inf') < -10**100, D('inf') > 1e308, D(1) <= Fraction(3, 2), D('NaN') != 1, D('1') == 'x', D(2) > Fraction(3, 2))
print(sorted([D('1.5'), D('0.2'), D(1), D('-3')]), max(D(1), D('1.5')), min([D('2'), 1, 1.5]))
print(hash(D('0.5')) == hash(0.5), hash(D(10)) == hash(10), hash(D('1.10')) == hash(D('1.1')), hash(D('Infinity')), hash(D('-Infinity')), hash(D('-1')))
print(hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('1e30')) == hash(10**30), hash(D('-0')), {D('1.0'): 'a'}[1], len({D(1), 1, 1.0, D('1.00')}))
