def two(a, b):
    return a + b
def kwonly(*, k):
    return k
def dflt(a, b=1):
    return a
ident = lambda x: x
number = 5
text = "s"
calls = [
    ("too few", lambda: two(1)),
    ("too many", lambda: two(1, 2, 3)),
    ("none given", lambda: two()),
    ("unexpected kw", lambda: two(1, 2, c=3)),
    ("multiple values", lambda: two(1, a=1)),
    ("kwonly positional", lambda: kwonly(1)),
    ("kwonly missing", lambda: kwonly()),
    ("default too many", lambda: dflt(1, 2, 3)),
    ("not callable int", lambda: number()),
    ("not callable str", lambda: text()),
    ("builtin len args", lambda: len()),
    ("builtin len two", lambda: len("a", "b")),
    ("lambda args", lambda: ident()),
]
for label, c in calls:
    try:
        c()
    except TypeError as e:
        print(label, "->", e)
