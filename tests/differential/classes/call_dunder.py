# __call__ makes instances callable; callable(); calling non-callables.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(x=2, scale=10), add5.calls)
print(list(map(add5, [10, 20])), callable(add5), callable(Adder), callable(5))
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
print(Compose(str, Adder(1), abs)(-7))
try:
    Adder(1)()
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "text"(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, -4, 1], key=Adder(0)))
