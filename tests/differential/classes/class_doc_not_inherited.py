# A subclass without a docstring has __doc__ None: every class has its own.
class Documented:
    """A documented class."""
class Sub(Documented):
    pass
print(Sub.__doc__)
