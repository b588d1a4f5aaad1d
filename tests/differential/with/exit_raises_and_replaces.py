# An exception raised by __exit__ replaces the body's exception and has it
# as __context__; exceptions in __enter__ skip the body and __exit__.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit while handling %s" % (et.__name__ if et else None))
try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
try:
    with Bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
class BadEnter:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("exit never runs")
try:
    with BadEnter():
        print("body never runs")
except KeyError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
