from collections import namedtuple
P = namedtuple("P", "x y")
tests = [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3), lambda: namedtuple("Q", "_a"), lambda: namedtuple("Q", "a a"),
         lambda: namedtuple("Q", "1a"), lambda: namedtuple("Q", "def"), lambda: P(1, 2)._replace(z=1), lambda: P._make([1]),
         lambda: namedtuple("Q", "a b", defaults=[1, 2, 3]), lambda: namedtuple("Q", ["a", "def", "_b", "a"], rename=True)._fields]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
