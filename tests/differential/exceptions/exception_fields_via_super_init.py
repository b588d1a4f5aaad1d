# Subclasses with their own __init__ fill the attributes through
# super().__init__ (AttributeError's name/obj keywords, OSError's errno and
# strerror, ImportError's msg); keyword errors name the class whose
# __init__ refuses them.
class MyA(AttributeError):
    def __init__(self, m):
        super().__init__(m, name="x", obj=1)
e = MyA("m")
print(e.name, e.obj, e.args)
class MyO(OSError):
    def __init__(self, *a):
        super().__init__(*a)
e = MyO(2, "x", "file")
print(type(e).__name__, e, e.errno, e.filename, e.args)
class MyI(ImportError):
    pass
print(MyI("only").msg, MyI("a", "b").msg)
for make in [lambda: MyI(foo=1), lambda: ModuleNotFoundError(bar=2)]:
    try:
        make()
    except TypeError as t:
        print(t)
class MyV(ValueError):
    def __init__(self):
        super().__init__(a=1)
try:
    MyV()
except TypeError as t:
    print(t)
class MyU(UnicodeDecodeError):
    def __init__(self):
        super().__init__("ascii", b"\x80", 0, 1, "custom")
print(MyU(), MyU().reason)
