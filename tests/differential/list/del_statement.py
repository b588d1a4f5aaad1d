a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[::-3]
print(b)
del b[:]
print(b)
try:
    del b[0]
except IndexError as e:
    print("IndexError:", e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
c = [[1, 2], [3, 4]]
del c[1][0]
print(c)
