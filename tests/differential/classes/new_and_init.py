# __new__ runs before __init__; __init__ is skipped when __new__ returns
# an instance of another class; __new__ can cache instances.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        obj = super().__new__(cls)
        obj.created = True
        return obj
    def __init__(self, value):
        print("init", value)
        self.value = value

t = Tracked(5)
print(t.created, t.value)

class Other:
    pass
class Redirect:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
r = Redirect()
print(type(r).__name__)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance
    def __init__(self):
        self.count += 1
a = Singleton(); b = Singleton(); c = Singleton()
print(a is b is c, a.count)

class Sub(Tracked):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
s = Sub(1, 2)
print(s.value, s.extra, s.created)
try:
    object.__new__(Tracked).value
except AttributeError as e:
    print(type(e).__name__, e)
