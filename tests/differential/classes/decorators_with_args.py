# Decorator factories with arguments, stacked decorators (applied bottom-up),
# and functools.wraps preserving __name__, __doc__, __qualname__, __wrapped__.
import functools

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco

def tag(name):
    def deco(fn):
        print("decorating", fn.__name__, "with", name)
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return "<%s>%s</%s>" % (name, fn(*a, **k), name)
        return wrapper
    return deco

def plain(fn):
    def inner(*a):
        return fn(*a)
    return inner

@tag("b")
@tag("i")
def hello(who):
    """Say hello."""
    return "hello " + who

@repeat(3)
def roll(x):
    return x * 2

print(hello("bob"))
print(hello.__name__, hello.__doc__, hello.__qualname__)
print(hello.__wrapped__("raw"), hello.__wrapped__.__wrapped__("rawer"))
print(roll(4), roll.__name__)
@plain
def named():
    pass
print(named.__name__, named.__qualname__)
class K:
    @repeat(2)
    def meth(self, v):
        return v
print(K().meth("m"), K.meth.__qualname__)
