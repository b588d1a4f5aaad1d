# Several items in one with: entered left to right, exited right to left;
# if a later __enter__ fails, earlier managers are still exited.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise OSError("cannot enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x") as x, CM("y", fail_enter=True) as y, CM("z"):
        print("not reached")
except OSError as e:
    print(type(e).__name__, e)
try:
    with CM("p"), CM("q"):
        raise ValueError("in body")
except ValueError as e:
    print(type(e).__name__, e)
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print("parenthesized", p1, p2)
