# int's and float's special methods called explicitly answer only for the
# operand types their own slot handles (NotImplemented otherwise), with the
# operators' results and errors; object's orderings return NotImplemented.
class R:
    def __radd__(self, o):
        return ("radd", o)
print(int.__add__(1, 2), int.__add__(1, 2.0), int.__radd__(1, 2), int.__sub__(True, 5))
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__rsub__(1.5, 2), float.__add__(1.5, "x"))
print((7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(-3), (7).__divmod__(2), (7).__rdivmod__(2))
print(int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__pow__(2, 3, 5.0), int.__rpow__(2, 3))
print((2.0).__divmod__(0.75), float.__pow__(2.0, 0.5), float.__rpow__(2.0, 3))
print(int.__lshift__(1, 70), int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10), int.__and__(1, 1.0))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), int.__eq__(1, "1"), float.__ge__(2.0, 2), float.__lt__(1.0, "a"))
print(int.__neg__(5), int.__invert__(5), int.__abs__(-7), float.__neg__(1.5), float.__abs__(-0.5), int.__bool__(0), float.__bool__(0.1))
print(object.__lt__(object(), object()), object.__ge__(1, 2), object.__eq__(3, 3))
print((1).__add__(R()), 1 + R())
for f, a in [(int.__add__, ("a", 1)), (float.__add__, (1, 2.0)), (int.__truediv__, (1, 0)), (float.__pow__, (2.0, 3, 5))]:
    try:
        print(f(*a))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
