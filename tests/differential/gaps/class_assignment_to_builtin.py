# Assigning a builtin type to a user instance's __class__: CPython raises
# TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# (message for int in 3.11). Molt accepts the assignment silently.
class Closed:
    pass
d = Closed()
try:
    d.__class__ = int
    print("assigned", type(d).__name__)
except TypeError as e:
    print(e)
