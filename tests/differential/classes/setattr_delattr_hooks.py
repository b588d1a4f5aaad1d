# __setattr__ intercepts every assignment (including in __init__) and must
# use object.__setattr__ to store.
class Validated:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __setattr__(self, key, value):
        print("  set", key, value)
        if key == "age" and value < 0:
            raise ValueError("age must be >= 0")
        object.__setattr__(self, key, value)
v = Validated("ann", 30)
v.age += 1
print(v.name, v.age)
try:
    v.age = -5
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
setattr(v, "nick", "a")
print(getattr(v, "nick"))
del v.nick
print(hasattr(v, "nick"))
try:
    delattr(v, "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
class ReadOnly:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __setattr__(self, k, v):
        raise AttributeError("read-only: " + k)
r = ReadOnly()
print(r.x)
try:
    r.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
