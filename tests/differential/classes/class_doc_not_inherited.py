# A subclass without a docstring has __doc__ None in CPython (type sets __doc__ in every
# class dict); Molt returns the base class's docstring.
class Documented:
    """A documented class."""
class Sub(Documented):
    pass
print(Sub.__doc__)
