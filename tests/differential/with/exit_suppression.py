# __exit__ returning a true value suppresses the exception (only truthiness
# matters); the inner manager can suppress before the outer sees it;
# suppression of specific types only.
class Suppress:
    def __init__(self, *types, result=True):
        self.types = types
        self.result = result
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("  suppressing", et.__name__, ev)
            return self.result
        return None

with Suppress(KeyError):
    {}["missing"]
print("after KeyError")
with Suppress(LookupError, result=1):
    [][3]
print("after IndexError via LookupError")
with Suppress(ValueError, result="yes"):
    int("x")
print("after truthy string")
try:
    with Suppress(ValueError, result=0):
        int("y")
except ValueError as e:
    print("not suppressed (falsy):", e)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("wrong type propagates:", e)
with Suppress(TypeError) as outer, Suppress(ZeroDivisionError) as inner:
    1 / 0
print("inner suppressed, outer saw nothing")
def f():
    for i in range(3):
        with Suppress(RuntimeError):
            if i == 1:
                raise RuntimeError("skip %d" % i)
            print("  loop", i)
    return "f done"
print(f())
