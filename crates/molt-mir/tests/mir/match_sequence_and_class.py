def f(v):
    match v:
        case [a, *rest]:
            return a
        case Point(x=0):
            return 0
