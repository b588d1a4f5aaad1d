# Literal patterns: ints, strings, None/True/False (matched by identity),
# negative numbers, floats, and the fallthrough to the wildcard.
def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case b"raw":
            return "bytes"
        case _:
            return "other %r" % (x,)
for v in (0, -1, 1.5, "hi", "hello", None, True, False, 1, 0.0, b"raw", "x", [], 1.0):
    print(repr(v), "->", classify(v))
