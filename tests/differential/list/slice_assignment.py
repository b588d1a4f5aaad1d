a = list(range(10))
a[2:4] = ["a", "b", "c"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:5] = []
print(a)
a[::2] = "XYZWVU"[: len(a[::2])]
print(a)
b = [0, 1, 2, 3, 4, 5]
b[::-2] = [50, 30, 10]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[:] = range(5)
print(c)
c[1:3] = c
print(c)
d = [1, 2, 3, 4]
d[1:1] = [9, 9]
print(d)
d[-1:] = (7, 8)
print(d)
