# Nested classes and functions: __name__, __qualname__, __module__.
class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass
        def meth(self):
            pass
    def make(self):
        class Local:
            pass
        def helper():
            pass
        return Local, helper

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__)
print(Outer.Inner.meth.__name__, Outer.Inner.meth.__qualname__)
L, h = Outer().make()
print(L.__name__, L.__qualname__, h.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, L.__module__)
print(Outer.make.__module__)
obj = Outer.Inner.Deepest()
print(type(obj).__qualname__, obj.__class__.__name__)
print(Outer.Inner is Outer().Inner)
