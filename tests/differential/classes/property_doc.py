# property.__doc__ comes from the getter's docstring or from doc=.
class T:
    @property
    def c(self):
        """Degrees Celsius."""
        return 1
    f = property(lambda self: 2, doc="Degrees F.")
print(T.c.__doc__, T.f.__doc__)
