# super() errors: zero-argument super outside a method, a method with no
# arguments, super(Class, obj) where obj is not an instance, and attribute
# lookups that reach the end of the MRO.
class A:
    def hello(self):
        return "A.hello"
class B(A):
    def hello(self):
        return "B>" + super().hello()
    def missing(self):
        return super().nothing
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    B().missing()
except AttributeError as e:
    print(type(e).__name__, e)
print(B().hello(), super(B, B()).hello())
class C(B):
    @staticmethod
    def static():
        return super(C, C()).hello()
print(C.static())
