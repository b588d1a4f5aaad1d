for expr, f in [("1/0", lambda: 1 / 0), ("1//0", lambda: 1 // 0), ("1%0", lambda: 1 % 0),
                ("1.0/0", lambda: 1.0 / 0), ("1.0//0.0", lambda: 1.0 // 0.0), ("1.0%0.0", lambda: 1.0 % 0.0),
                ("divmod(1,0)", lambda: divmod(1, 0)), ("2**70 // 0", lambda: 2 ** 70 // 0), ("0**-1", lambda: 0 ** -1),
                ("pow(0.0,-1)", lambda: pow(0.0, -1))]:
    try:
        f()
    except ZeroDivisionError as e:
        print(expr, "->", e)
