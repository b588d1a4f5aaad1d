from decimal import Decimal as D
import math
print(int(D('7.9')), int(D('-7.9')), float(D('0.1')), float(D('1e400')), float(D('-inf')), float(D('nan')), bool(D(0)), bool(D('0.001')), bool(D('NaN')))
print(round(D('2.5')), round(D('3.5')), round(D('-0.5')), round(D('1.2345'), 2), round(D('1.2355'), 3), round(D('123.456'), -1), round(D('7'), 2), type(round(D('1.5'))).__name__)
print(math.floor(D('-2.5')), math.ceil(D('-2.5')), math.trunc(D('-2.5')), math.floor(D('3')), math.ceil(D('0.1')))
print(D('1.23').as_tuple(), D('-Inf').as_tuple(), D('NaN12').as_tuple(), D('1.25').as_integer_ratio(), D('-100').as_integer_ratio(), D('1.23').as_tuple().digits)
from fractions import Fraction
print(Fraction(D('1.25')), Fraction.from_decimal(D('-0.5')), Fraction.from_decimal(3), D('1.25').as_tuple().exponent)
