# A failed attribute read sets AttributeError.name and .obj (unless the
# raiser set them); NameError.name is set for globals and free variables,
# not for UnboundLocalError; `del` of a missing attribute sets neither.
class A:
    pass
a = A()
try:
    a.foo
except AttributeError as e:
    print(repr(e.name), e.obj is a, e.args)
try:
    a.foo()
except AttributeError as e:
    print(repr(e.name), e.obj is a)
try:
    A.bar
except AttributeError as e:
    print(repr(e.name), e.obj is A)
try:
    (1).zork
except AttributeError as e:
    print(repr(e.name), e.obj)
try:
    getattr(a, "qq")
except AttributeError as e:
    print(repr(e.name), e.obj is a)
class Custom:
    def __getattr__(self, n):
        raise AttributeError("custom", name="other", obj=5)
try:
    Custom().x
except AttributeError as e:
    print(repr(e.name), e.obj)
class Plain:
    def __getattr__(self, n):
        raise AttributeError("plain")
p = Plain()
try:
    p.x
except AttributeError as e:
    print(repr(e.name), e.obj is p)
class P:
    @property
    def p(self):
        raise AttributeError("inner")
try:
    P().p
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
try:
    del a.nope
except AttributeError as e:
    print(e.name, e.obj)
def f():
    x
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(repr(e.name))
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, repr(e.name))
    v = 1
outer()
def g():
    global nothere
    return nothere
try:
    g()
except NameError as e:
    print(repr(e.name))
