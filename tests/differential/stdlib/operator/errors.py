import operator as o
tests = [lambda: o.itemgetter(), lambda: o.attrgetter(), lambda: o.attrgetter(1), lambda: o.methodcaller(),
         lambda: o.methodcaller(1), lambda: o.concat(1, 2), lambda: o.index(1.5), lambda: o.add(1),
         lambda: o.itemgetter(1)(), lambda: o.neg(), lambda: o.getitem([1], 5), lambda: o.add(1, "a"),
         lambda: o.indexOf([1], 2), lambda: o.attrgetter("zz")(1)]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
