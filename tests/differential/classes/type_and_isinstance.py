class A:
    pass
class B(A):
    pass
a, b = A(), B()
print(type(a).__name__, type(b).__name__, type(a) is A, type(b) is A, type(b) == B)
print(isinstance(b, A), isinstance(a, B), isinstance(b, (int, A)), isinstance(5, (str, float)))
print(A.__name__, B.__name__, type(A).__name__)
print(type(1) is int, type("s") is str, type([]) is list, type(True) is bool, type(None).__name__)
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int), isinstance("", (list, str)))
