# A class setting __iter__ = None is not iterable: CPython says "'C' object is not iterable";
# Molt tries to call None ("'NoneType' object is not callable").
class C:
    __iter__ = None
try:
    iter(C())
except TypeError as e:
    print(e)
