# Class creation fails with TypeError when no consistent C3 order exists.
class X:
    pass
class Y:
    pass
class A(X, Y):
    pass
class B(Y, X):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, "consistent method resolution" in str(e))

try:
    class D(X, A):
        pass
except TypeError as e:
    print(type(e).__name__, "consistent method resolution" in str(e))


class OK(A, X):
    pass
print([k.__name__ for k in OK.__mro__])
