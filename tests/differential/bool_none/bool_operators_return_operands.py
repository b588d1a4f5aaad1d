print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or "x", "a" and "b")
print([] or {}, [] and {}, [1] and [2], 0.0 or -0.0)
print(not 1, not 0, not "", not "x")
def side(name, val):
    print("eval", name)
    return val
print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 2))
print(side("a", 1) or side("b", 2))
print(side("a", 0) or side("b", 0) or side("c", "last"))
x = None
name = x or "anon"
print(name)
print(True and False or True, False or True and False)
