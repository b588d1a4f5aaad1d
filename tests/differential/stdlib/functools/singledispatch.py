from functools import singledispatch
@singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
show.register(str, lambda x: "str " + x)
class Base:
    pass
class Child(Base):
    pass
show.register(Base, lambda x: "base")
print(show(1), show("a"), show([1, 2]), show(1.5), show(True), show(Child()), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.dispatch(object))
