# property.__doc__ (taken from the getter's docstring or doc=):
# Molt: AttributeError: 'property' object has no attribute '__doc__'.
class T:
    @property
    def c(self):
        """Degrees Celsius."""
        return 1
    f = property(lambda self: 2, doc="Degrees F.")
print(T.c.__doc__, T.f.__doc__)
