print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, (-1.5) ** -0.5, (-4) ** 0.25, type((-1) ** 0.5).__name__)
x = -9.0
x **= 0.5
print(x, pow(-27, 1 / 3), (-2) ** 2.0, (-2.0) ** 3, (-0.0) ** 0.5)
for f in [lambda: (-1e300) ** 1.5, lambda: 0.0 ** -1.5, lambda: (-0.0) ** -0.5]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
