from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)]); o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == {"x": 1, "y": 2}, dict(o1) == dict(o2), OrderedDict(), list(o1), list(o1.items()))
o1["z"] = 0; del o1["x"]; print(o1, len(o1))
for f in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("a")]:
    try:
        f()
    except KeyError as e:
        print(type(e).__name__, e)
