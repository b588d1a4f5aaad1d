import math

cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-2)", lambda: math.log(-2.0)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-2)", lambda: math.gamma(-2)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("log(-1, 2)", lambda: math.log(-1, 2)),
]
for label, f in cases:
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
