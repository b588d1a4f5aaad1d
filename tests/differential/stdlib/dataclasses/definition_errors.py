from dataclasses import dataclass, field

def attempt(make):
    try:
        cls = make()
        print("created", cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def a():
    @dataclass
    class A:
        x: int = 1
        y: int
    return A
def b():
    @dataclass
    class B:
        items: list = []
    return B
def c():
    @dataclass
    class C:
        d: dict = {}
    return C
def d():
    @dataclass
    class D:
        s: set = field(default=set())
    return D
def e():
    @dataclass(order=True)
    class E:
        x: int
        def __lt__(self, other):
            return True
    return E
def f():
    @dataclass(order=True, eq=False)
    class F:
        x: int
    return F
def g():
    @dataclass
    class G:
        t: tuple = ()
        fs: frozenset = frozenset()
    return G
for make in (a, b, c, d, e, f, g):
    attempt(make)
