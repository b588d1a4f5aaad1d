a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[100:], a[-100:2])
print(a[1:-1:3], a[::-3], a[5:5], a[5:2], a[:], a[:] is a)
for start, stop, step in [(None, None, -1), (0, 10, 4), (-1, -11, -1), (2, None, None), (9, 0, -3)]:
    print(start, stop, step, a[start:stop:step])
b = a[:]
b[0] = 99
print(a[0], b[0])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
