# object.__init__ / object.__new__ accept extra arguments silently in Molt.
# CPython raises TypeError for each:
#   A.__init__() takes exactly one argument (the instance to initialize)
#   object.__init__() takes exactly one argument (the instance to initialize)
#   object.__new__() takes exactly one argument (the type to instantiate)
# Molt prints nothing for the three cases.
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
