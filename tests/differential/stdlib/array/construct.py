from array import array
import array as array_module

print(array_module.typecodes)
for tc in "bBuhHiIlLqQfd":
    a = array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))
print(array("i", [1, 2, 3]), array("b", (1, -2)), array("i", range(4)), array("d", [1, 2.5]))
print(array("B", b"ab"), array("h", b"\x01\x00\x02\x00"), array("u", "hi"), array("u", ["a", "b"]))
print(array("d", array("i", [1, 2])), array("i", array("i", [7])), array("q", (x * x for x in range(4))))
print(array.__name__, array_module.ArrayType is array)
try:
    array("i", None)
except TypeError as e:
    print(type(e).__name__, e)
