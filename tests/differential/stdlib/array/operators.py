from array import array

a = array("i", [1, 2, 3])
print(a + array("i", [4]), a * 2, 2 * a, a * 0, a * -1)
b = array("i", [9])
b += a
print(b)
b *= 2
print(b)
print(a == array("i", [1, 2, 3]), a != array("i", [1, 2]), a == [1, 2, 3], a == 5)
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1, 2]) < array("i", [1, 3]))
print(array("b", [1]) < array("d", [1.5]), array("i", [1, 2]) <= array("i", [1, 2]), array("i", [2]) > array("i", [1, 9]))
print(array("i", [1, 2]) >= array("i", [1, 2, 0]), array("d", [float("nan")]) == array("d", [float("nan")]))
tests = [
    lambda: a + [1], lambda: a + array("d"), lambda: a * "x", lambda: a * 1.5,
    lambda: a < [1], lambda: hash(a),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
c = array("i", [1])
try:
    c += [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    c += array("h", [1])
except TypeError as e:
    print(type(e).__name__, e)
class X:
    def __gt__(self, other):
        return "X.gt"
print(array("i") < X())
try:
    array("i") < 1
except TypeError as e:
    print(type(e).__name__, e)
