# Builtin classes (int, str, list, dict, tuple, bool, float) match a single
# positional sub-pattern against the subject itself; bool is a subclass of int.
def f(x):
    match x:
        case bool(b):
            return "bool %r" % b
        case int(0):
            return "int zero"
        case int(i):
            return "int %d" % i
        case str("") :
            return "empty str"
        case str(s):
            return "str %s" % s
        case list([first, *_]):
            return "list starting %r" % (first,)
        case tuple(()):
            return "empty tuple"
        case dict({"k": v}):
            return "dict k=%r" % (v,)
        case float(f) if f != f:
            return "nan"
        case _:
            return "other"
for v in (True, 0, 7, "", "x", [9, 8], [], (), {"k": 1, "j": 2}, float("nan"), 1.0):
    print(repr(v), "->", f(v))
