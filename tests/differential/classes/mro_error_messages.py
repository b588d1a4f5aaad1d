# The TypeError for an inconsistent MRO names the classes left at the heads
# of the merge; a repeated base is a "duplicate base class".
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
try:
    class E(X, X): pass
except TypeError as e:
    print(e)
