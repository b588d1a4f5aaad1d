from array import array

a = array("i", [1, 2, 3])
tests = [
    lambda: a.append("x"), lambda: a.append(2**40), lambda: a.index(9), lambda: a.remove(9),
    lambda: array("i").pop(), lambda: a.pop(10), lambda: a.extend(array("d")),
    lambda: a.extend(5), lambda: a.frombytes(b"abc"), lambda: a.frombytes("ab"),
    lambda: a.fromlist((1,)), lambda: a.fromlist([1, "x"]), lambda: a.byteswap(1),
    lambda: a.tobytes(1), lambda: a.tounicode(), lambda: array("u").fromunicode(b"x"),
    lambda: a.fromunicode("x"), lambda: a.insert(1), lambda: a.count(),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
print(a)
a.extend([4, "x"]) if False else None
try:
    a.extend([4, "x"])
except TypeError as e:
    print(type(e).__name__, e)
print(a)
