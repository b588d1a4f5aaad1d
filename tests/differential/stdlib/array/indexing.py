from array import array

a = array("i", range(10))
print(a[0], a[-1], a[3:6], a[::-1], a[::3], a[8:2:-2], a[20:], type(a[1:3]).__name__)
a[0] = 100
a[-1] = -100
print(a)
b = array("i", range(10))
b[1:3] = array("i", [7, 7, 7])
print(b)
del b[::2]
print(b)
b[::2] = array("i", [0, 0, 0])
print(b)
del b[1]
del b[-1]
print(b)
b[1:1] = array("i", [5, 5])
print(b)
b[1:3] = b
print(b)
tests = [
    lambda: a[10], lambda: a[-11], lambda: a["x"], lambda: a.__setitem__(10, 1),
    lambda: a.__setitem__(slice(0, 2), [1]), lambda: a.__setitem__(slice(0, 2), array("d", [1.0])),
    lambda: a.__setitem__(slice(0, 6, 2), array("i", [1])), lambda: a.__delitem__(20),
    lambda: a[0:1:0], lambda: a.__setitem__(0, "x"), lambda: a.__delitem__("x"),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
