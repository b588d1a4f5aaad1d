# Which dunder attributes instances inherit from their class (__module__,
# __doc__, __class__) and which exist only on the class (__name__,
# __qualname__, __mro__, __bases__).
class A:
    """Doc of A."""
a = A()
print(a.__module__, a.__doc__, a.__class__.__qualname__)
for name in ("__name__", "__qualname__", "__mro__", "__bases__"):
    try:
        getattr(a, name)
        print("has", name)
    except AttributeError as e:
        print(e)
print(hasattr(A, "__mro__"), hasattr(a, "__class__"), hasattr(a, "__dict__"))
def f(): pass
print(f.__module__, f.__qualname__, hasattr(f, "__mro__"))
