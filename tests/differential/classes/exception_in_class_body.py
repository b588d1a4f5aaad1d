# An exception raised while a class body runs (or by its decorator)
# propagates and leaves the class name unbound.
try:
    class Broken:
        x = 1
        raise ValueError("in class body")
        y = 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    Broken
except NameError as e:
    print(type(e).__name__, e)
def factory(fail):
    class Made:
        if fail:
            raise KeyError("no class for you")
        ok = True
    return Made
print(factory(False).ok)
try:
    factory(True)
except KeyError as e:
    print(type(e).__name__, e)
try:
    @(lambda cls: 1 / 0)
    class Decorated:
        pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Decorated
except NameError as e:
    print(type(e).__name__, e)
