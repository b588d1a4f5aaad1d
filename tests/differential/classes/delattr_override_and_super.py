# object.__delattr__ and super().__delattr__ from a __delattr__ override: the
# override sees every deletion (a property's included), object.__delattr__
# runs the property's deleter or removes the instance attribute, and a
# missing attribute is CPython's AttributeError.
class P:
    def _get(self):
        return 1
    def _del(self):
        print("deleter ran")
    p = property(_get, None, _del)
    ro = property(_get)
class V(P):
    def __delattr__(self, key):
        print("delattr", key)
        super().__delattr__(key)
v = V()
v.x = 1
del v.x
print(hasattr(v, "x"))
del v.p
try:
    del v.missing
except AttributeError as e:
    print(e)
try:
    object.__delattr__(v, "ro")
except AttributeError as e:
    print(e)
try:
    object.__delattr__(v, 5)
except TypeError as e:
    print(e)
