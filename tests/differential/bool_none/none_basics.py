x = None
print(x, repr(x), str(x), type(x).__name__, type(None).__name__)
print(x is None, x is not None, x == None, x != 0, None == False, not None)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
print([None, None], (None,), {None: None})
print(bool(None), str(None) + "!")
y = None or "default"
print(y)
z = None and 1
print(z)
lst = [3, None, 1]
print(lst.count(None), lst.index(None), None in lst)
r = print("inner")
print(r)
