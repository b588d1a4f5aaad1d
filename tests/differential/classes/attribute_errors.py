# AttributeError messages for instances, classes, modules; deleting
# attributes; getattr/setattr/hasattr/delattr on instances and classes.
import math
class Thing:
    kind = "thing"
    def __init__(self):
        self.a = 1
t = Thing()
for thunk in (lambda: t.b, lambda: Thing.b, lambda: (1).foo, lambda: "s".bar, lambda: None.x):
    try:
        thunk()
    except AttributeError as e:
        print(type(e).__name__, e)
del t.a
try:
    del t.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.kind
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Thing, "added", 42)
print(t.added, getattr(Thing, "kind"), hasattr(Thing, "added"))
t.kind = "shadow"
print(t.kind, Thing.kind)
del t.kind
print(t.kind)
delattr(Thing, "added")
print(hasattr(t, "added"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
