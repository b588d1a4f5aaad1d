# Attribute and method call sites stay correct while classes change under
# them: a polymorphic loop sees base methods patched, instance overrides added
# and removed, class attributes added to and deleted from subclasses, an
# instance's __class__ reassigned and a method deleted; instances with
# different attribute layouts read through one site.
class Base:
    kind = "base"
    def speak(self):
        return "base speak"
class A(Base):
    pass
class B(Base):
    def speak(self):
        return "B speak"
objs = [A(), B(), A()]
def poll(tag):
    return tag + ": " + ", ".join("%s/%s" % (o.speak(), o.kind) for o in objs)
out = []
for step in range(8):
    if step == 1:
        Base.speak = lambda self: "patched base"
    elif step == 2:
        objs[0].speak = lambda: "instance override"
    elif step == 3:
        del objs[0].speak
    elif step == 4:
        A.kind = "A kind"
    elif step == 5:
        del A.kind
        Base.kind = "new base kind"
    elif step == 6:
        objs[2].__class__ = B
    elif step == 7:
        del B.speak
    out.append(poll("step %d" % step))
print("\n".join(out))
class Slot:
    def __init__(self, i):
        if i % 2:
            self.extra = i
        self.val = i
def total(items):
    return sum(o.val for o in items)
items = [Slot(i) for i in range(10)]
print(total(items))
for o in items[::3]:
    o.val = -o.val
print(total(items))
for o in items:
    if hasattr(o, "extra"):
        del o.extra
    o.val = 1
print(total(items), [hasattr(o, "extra") for o in items[:3]])
