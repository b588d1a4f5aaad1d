from array import array

tests = [
    lambda: array("x"), lambda: array("ii"), lambda: array(5), lambda: array(),
    lambda: array("i", [1], [2]), lambda: array(typecode="i"), lambda: array("i", 5),
    lambda: array("i", b"\x01\x00"), lambda: array("i", "abc"), lambda: array("i", array("u", "a")),
    lambda: array("i", [1.5]), lambda: array("i", ["a"]), lambda: array("f", ["a"]),
    lambda: array("u", [1]), lambda: array("u", ["ab"]), lambda: array("f", [2**1024]),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
