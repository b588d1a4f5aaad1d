import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def hello(name):
    """Say hello."""
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
def other():
    pass
def target():
    "T"
functools.update_wrapper(other, target); print(other.__name__, other.__doc__, other.__wrapped__ is target)
