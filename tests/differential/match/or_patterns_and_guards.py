# OR patterns binding the same names in each alternative, guards that see the
# bindings, guards evaluated only after the pattern matches, and side effects
# of guards.
def check(v):
    print("  guard sees", v)
    return v > 2
def kind(x):
    match x:
        case (0, n) | (n, 0):
            return "axis %d" % n
        case [a, b] | (a, b, _) if a == b:
            return "pair-ish equal %r" % (a,)
        case int(n) if check(n):
            return "big int %d" % n
        case int(n) | str(n):
            return "int-or-str %r" % (n,)
        case _:
            return "default"
for v in ((0, 5), (6, 0), [2, 2], (3, 3, 9), [1, 2], 5, 1, "s", 1.5):
    print(repr(v), "->", kind(v))
