# object.__delattr__(self, name) inside a __delattr__ override:
# Molt: AttributeError: type object 'object' has no attribute '__delattr__'.
# CPython deletes the attribute (prints False).
class V:
    def __delattr__(self, key):
        object.__delattr__(self, key)
v = V()
v.x = 1
del v.x
print(hasattr(v, "x"))
# super().__delattr__(key) fails the same way ('super' object has no attribute '__delattr__').
