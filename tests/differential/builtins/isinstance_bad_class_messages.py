# isinstance/issubclass argument errors and operator.index's check of
# __index__'s result.
import operator
class F:
    def __index__(self):
        return 1.5
try:
    operator.index(F())
except TypeError as e:
    print(e)
try:
    issubclass(3, int)
except TypeError as e:
    print(e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
