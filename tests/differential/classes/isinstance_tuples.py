# isinstance / issubclass with tuples (also nested) of classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)))
print(isinstance(b, (C, (int, B))))
print(isinstance(3, (str, (float, (int,)))))
print(isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(C, (A, B)))
print(issubclass(bool, (str, int)))
print(issubclass(B, B), issubclass(A, B), issubclass(B, object))
try:
    isinstance(b, [A, B])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(A, type), isinstance(b, type), type(A).__name__)
