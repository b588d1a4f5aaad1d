# The with statement: __enter__'s value bound by `as`, __exit__ always runs,
# sees the exception, and suppresses it by returning a true value.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tracker("a") as v:
    print("body", v)

with Tracker("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Tracker("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with Tracker("outer") as o, Tracker("inner") as i:
    print("both", o, i)


def early(n):
    for i in range(n):
        with Tracker("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    with Tracker("ret"):
        return "returned"


print(early(5))


class Broken:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("exit failed")


try:
    with Broken():
        raise ValueError("inner")
except RuntimeError as e:
    print("exit error", e, "context:", repr(e.__context__))

for bad in [5, object()]:
    try:
        with bad:
            pass
    except TypeError as e:
        print(e)


class OnlyEnter:
    def __enter__(self):
        return 1


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)

with Tracker("x") as (first, second):
    print(first, second)
