cases = [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (1.0, 0), (-5.5, -0.0)]
for a, b in cases:
    for name, op in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("divmod", divmod)]:
        try:
            print(a, name, b, op(a, b))
        except ZeroDivisionError as e:
            print(a, name, b, "->", type(e).__name__ + ":", e)
for a, b in [(1, 0), (0, 0)]:
    for name, op in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(a, name, b, "->", e)
try:
    0.0 ** -2
except ZeroDivisionError as e:
    print("pow:", e)
