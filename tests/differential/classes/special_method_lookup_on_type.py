# Special methods are looked up on the type, not the instance: instance
# attributes named __len__/__str__/__call__ and a __getattr__ fallback do not
# make len(), str(), calls, with or + work.
class Dyn:
    def __getattr__(self, name):
        print("  __getattr__", name)
        return lambda *a: None
try:
    with Dyn():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
p.__len__ = lambda: 5
try:
    print(len(p))
except TypeError as e:
    print(type(e).__name__, e)
p.__str__ = lambda: "instance str"
print(str(p) == "instance str")
p.__call__ = lambda: "called"
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
d = Dyn()
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
