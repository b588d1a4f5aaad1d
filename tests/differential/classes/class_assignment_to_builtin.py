# Assigning a builtin type to a user instance's __class__ raises CPython's TypeError
# ("__class__ assignment only supported for mutable types or ModuleType subclasses").
class Closed:
    pass
d = Closed()
try:
    d.__class__ = int
    print("assigned", type(d).__name__)
except TypeError as e:
    print(e)
