# User descriptors: __set_name__ at class creation, __get__ with and without
# an instance, __set__ and __delete__ taking precedence over the instance.


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.store = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.store, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int")
        setattr(obj, self.store, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.store)


class Point:
    x = Field()
    y = Field()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__, Point.y.name)
p.x = 10
print(p.x, p.__dict__)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.attr = "own value wins"
print(h.attr, Holder.attr)


class Counter:
    def __init__(self):
        self.count = 0

    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count


class UsesCounter:
    hits = Counter()


u = UsesCounter()
print(u.hits, u.hits, UsesCounter.hits)
