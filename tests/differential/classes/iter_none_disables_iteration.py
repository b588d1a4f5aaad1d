# A class setting __iter__ = None is not iterable.
class C:
    __iter__ = None
try:
    iter(C())
except TypeError as e:
    print(e)
