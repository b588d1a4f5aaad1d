from decimal import Decimal as D, getcontext, DivisionByZero, InvalidOperation, Overflow, Inexact, Rounded, DecimalException, ConversionSyntax, DivisionUndefined, DivisionImpossible, FloatOperation, Underflow, Subnormal, Clamped
from fractions import Fraction
tests = [lambda: D(0) ** 0, lambda: D('1e999999') * 10, lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) % 0, lambda: D(0) % 0,
         lambda: D(1) // 0, lambda: D('x'), lambda: D(5).quantize(D('1e-30')), lambda: D(-1).sqrt(), lambda: D('NaN') < 1, lambda: D(1) + 1.5, lambda: 1.5 + D(1),
         lambda: D('1e100') // D('1e-100'), lambda: hash(D('sNaN')), lambda: int(D('NaN')), lambda: int(D('-Inf')), lambda: round(D('NaN')), lambda: round(D('Inf')),
         lambda: float(D('sNaN')), lambda: D(Fraction(1, 2)), lambda: D([1]), lambda: D((0, (1, 12), -1)), lambda: D((2, (1,), 0)), lambda: D((0, (1,), 'x')),
         lambda: D(1) + Fraction(1), lambda: Fraction(1) + D(1), lambda: D(1) + 'x', lambda: D(1) * None, lambda: setattr(getcontext(), 'prec', 0),
         lambda: setattr(getcontext(), 'rounding', 'x'), lambda: D('1..2'), lambda: D(''), lambda: D('1 0'), lambda: D('inf') - D('inf'), lambda: D(0) * D('inf'),
         lambda: D(None), lambda: D('1').quantize(D('inf')), lambda: D('inf') % 1, lambda: Fraction(D('nan')), lambda: D('inf').as_integer_ratio()]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), issubclass(Overflow, Inexact), issubclass(Overflow, Rounded))
print(issubclass(ConversionSyntax, InvalidOperation), issubclass(DivisionUndefined, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(Underflow, Subnormal))
print([c.__name__ for c in DivisionByZero.__mro__], DecimalException.__module__)
