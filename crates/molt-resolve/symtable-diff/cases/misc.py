
def f():
    x: int
    (y): int
    z: int = 1
    import a.b.c
    import d.e as g
    from m import n as nn
    try: pass
    except E as e: pass
    with open(p) as (fh, fh2): pass
    del q
    for i, *j in k: pass
    match v:
        case [aa, *rest]: pass
        case {'k': bb, **others}: pass
        case Point(x=cc) | Point(y=cc): pass
        case (1 | 2) as dd: pass
    def inner():
        return x, z, aa, rest, others, fh2, j, e, q
