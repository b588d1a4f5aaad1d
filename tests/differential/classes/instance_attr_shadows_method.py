# An instance attribute shadows a method of the same name (and is not
# bound); deleting it reveals the method again; methods fetched from the
# class are plain functions.
class W:
    def method(self):
        return "class method"
w = W()
w.method = lambda: "instance override"
print(w.method(), W().method())
del w.method
print(w.method())
print(getattr(W, "method")(w), W.method.__name__, type(W.method).__name__, type(w.method).__name__)
class V:
    def __repr__(self):
        return "V()"
    __str__ = __repr__
print(str(V()), f"{V()!s:>6}|", [V()])
