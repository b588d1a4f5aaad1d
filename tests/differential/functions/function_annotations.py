# A def's __annotations__: a dict of the evaluated annotations, 'return' last.
def f(a: int, b: "str" = "x") -> bool:
    return True
print(f.__annotations__)
