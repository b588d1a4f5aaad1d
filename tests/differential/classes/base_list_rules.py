# Base-class lists: object before a subclass is an inconsistent MRO, object
# after is fine, non-class bases and final builtins are TypeErrors, and bases
# can be arbitrary expressions.
class A: pass
try:
    class X(object, A): pass
except TypeError as e:
    print(type(e).__name__, "consistent" in str(e))
class Y(A, object): pass
print([c.__name__ for c in Y.__mro__])
try:
    class Z(5): pass
except TypeError as e:
    print(type(e).__name__)
def make_base():
    return A
class W(make_base()): pass
print(W.__bases__[0] is A)
try:
    class U(len): pass
except TypeError as e:
    print(type(e).__name__)
try:
    class T(bool): pass
except TypeError as e:
    print(type(e).__name__)
