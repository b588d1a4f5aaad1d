# __doc__ on classes, methods, functions, and its absence.
class Documented:
    """A documented class."""
    def method(self):
        """Does a thing."""
        return 1
    def plain(self):
        return 2

class Undocumented:
    x = 1

class NotFirst:
    x = 1
    """not a docstring"""

def func():
    """Function doc
    spanning lines."""

print(Documented.__doc__)
print(Documented.method.__doc__)
print(Documented().method.__doc__)
print(Documented.plain.__doc__)
print(Undocumented.__doc__)
print(NotFirst.__doc__)
print(repr(func.__doc__))
print((lambda: 0).__doc__)
class Sub(Documented):
    """Sub doc."""
print(Sub.__doc__, Sub().method.__doc__)
