# Sequence patterns: fixed length, star captures in any position, nested
# sequences; strings and dicts never match sequence patterns; tuples and
# lists match the same patterns.
def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return "single %r" % (x,)
        case [first, *middle, last] if len(middle) > 2:
            return "long: %r..%r (%d in middle)" % (first, last, len(middle))
        case [[a, b], [c, d]]:
            return "2x2 matrix %r" % ([a, b, c, d],)
        case [x, y, *rest]:
            return "starts %r %r rest %r" % (x, y, rest)
        case _:
            return "not a sequence: %s" % type(s).__name__
tests = [[], (7,), [1, 2, 3, 4, 5, 6], [[1, 2], [3, 4]], (1, 2), [1, 2, 3], "ab", {"a": 1}, 5, range(3), ([1], [2])]
for t in tests:
    print(repr(t), "->", shape(t))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a + b + c + d)
match (1, 2, 3):
    case [*head, 3]:
        print("head", head)
