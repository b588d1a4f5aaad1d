# A data descriptor (property) installed on the class after instances stored
# the same attribute takes precedence over the instance values; removing it
# reveals them again, while a plain class attribute does not shadow them.
class C:
    pass
objs = [C() for _ in range(3)]
for i, o in enumerate(objs):
    o.x = i
def read():
    return [o.x for o in objs]
results = [read()]
C.x = property(lambda self: "prop")
results.append(read())
try:
    objs[0].x = 5
except AttributeError as e:
    results.append(type(e).__name__)
del C.x
results.append(read())
C.x = "class attr (non-data)"
results.append(read())
del objs[1].x
results.append(read())
for r in results:
    print(r)
