# object.__init__ / object.__new__ reject extra arguments with CPython's messages:
# the class's name when neither is overridden, object's when the method itself is.
class A:
    pass
try:
    object.__init__(A(), 1)
except TypeError as e:
    print(e)
class D:
    def __init__(self, x):
        super().__init__(x)
try:
    D(1)
except TypeError as e:
    print(e)
class E:
    def __new__(cls, x):
        return object.__new__(cls, x)
try:
    E(1)
except TypeError as e:
    print(e)
