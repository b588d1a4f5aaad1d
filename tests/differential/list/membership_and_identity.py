a = [1, 2, [3, 4], "five", None, 2.0]
for v in [1, 2, 3, [3, 4], "five", "f", None, 2.0, True, 0]:
    print(repr(v), v in a, v not in a)
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
c[2].append(5)
print(a)
