# __getattr__ is called only when normal lookup fails; AttributeError from
# it propagates to getattr defaults and hasattr.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.misses = []
    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith("secret"):
            raise AttributeError("no secrets: " + name)
        return getattr(self.target, name)
class Target:
    color = "red"
    def shout(self, s):
        return s.upper() + "!"
p = Proxy(Target())
print(p.color, p.shout("hi"), p.target.color)
print(getattr(p, "secret_key", "default"), hasattr(p, "secret_x"), hasattr(p, "color"))
try:
    p.secret_plan
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(p.misses)
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: "value of " + field
        raise AttributeError(name)
d = Dynamic()
print(d.get_width(), d.get_height())
d.get_width = lambda: "overridden"
print(d.get_width())
