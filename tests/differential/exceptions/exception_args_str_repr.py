excs = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError(1, 2),
        IndexError("idx"), Exception(None), Exception(""), TypeError(["list"]), RuntimeError(3.5), ZeroDivisionError("z")]
for e in excs:
    print(type(e).__name__, e.args, "str=" + str(e), "repr=" + repr(e))
e = ValueError("msg")
print(e.args[0], len(e.args), isinstance(e, Exception), isinstance(e, ValueError))
print([str(x) for x in [OSError("o"), StopIteration(5), AssertionError("a")]])
print(repr(StopIteration(5).value))
