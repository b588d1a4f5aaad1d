# CPython's rules for extra arguments to object.__init__ and object.__new__:
# each complains only when the class does not override the other method in a
# way that consumes them (keyword arguments count as extra too).
class Plain:
    pass
class InitOnly:
    def __init__(self, *a, **k):
        object.__init__(self)
class NewOnly:
    def __new__(cls, *a, **k):
        return object.__new__(cls)
class Both:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        pass
def attempt(label, f, *a, **k):
    try:
        f(*a, **k)
        print(label, "ok")
    except TypeError as e:
        print(label, e)
attempt("plain new", object.__new__, Plain, 1)
attempt("plain new kw", object.__new__, Plain, x=1)
attempt("plain init kw", object.__init__, Plain(), x=1)
attempt("plain call", Plain, 1)
attempt("initonly new", object.__new__, InitOnly, 1)
attempt("initonly init", object.__init__, InitOnly(), 1)
attempt("newonly init", object.__init__, NewOnly(), 1)
attempt("newonly new", object.__new__, NewOnly, 1)
attempt("newonly call", NewOnly, 1, k=2)
attempt("both new", object.__new__, Both, 1)
attempt("both init", object.__init__, Both(), 1)
attempt("both call", Both, 1)
class Sub(InitOnly):
    pass
attempt("inherited init", object.__new__, Sub, 1)
