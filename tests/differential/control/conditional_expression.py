for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
def side(v):
    print("side", v)
    return v
r = side(1) if side(True) else side(2)
print(r)
r = side(1) if side(False) else side(2)
print(r)
print((lambda a: "big" if a > 10 else "small")(11))
