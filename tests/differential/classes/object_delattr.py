# object.__delattr__(self, name) inside a __delattr__ override deletes the attribute.
class V:
    def __delattr__(self, key):
        object.__delattr__(self, key)
v = V()
v.x = 1
del v.x
print(hasattr(v, "x"))
