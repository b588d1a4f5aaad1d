# A def's __annotations__: parameters in CPython's order (regular ones, then
# positional-only, *args, keyword-only, **kwargs), 'return' last, evaluated
# when the def runs (after the defaults); names are mangled inside classes;
# a function without annotations has an empty dict that stays the same object.
log = []
def note(x):
    log.append(x)
    return x
def f(a: note(1), /, b: note(2) = note("default"), *c: note(3), d: note(4), **e: note(5)) -> note(6):
    pass
print(f.__annotations__, log)
def g(x, y=1):
    pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
class K:
    def m(self, __p: int, q: "K") -> None:
        pass
print(K.m.__annotations__)
print((lambda z: z).__annotations__)
