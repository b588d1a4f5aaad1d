# TypeErrors from calling classes with the wrong arguments, and __init__
# returning a non-None value.
class P:
    def __init__(self, a, b=2, *, c):
        self.a, self.b, self.c = a, b, c
class Empty:
    pass
class Bad:
    def __init__(self):
        return 5

for thunk in (lambda: P(1), lambda: P(1, 2, 3, c=4), lambda: P(c=1),
              lambda: P(1, c=2, d=3), lambda: Empty(1), lambda: Bad(),
              lambda: Empty(x=1)):
    try:
        r = thunk()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
p = P(1, c=3)
print(p.a, p.b, p.c)
