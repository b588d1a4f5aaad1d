# Functions have no __annotations__ in Molt:
# AttributeError: 'function' object has no attribute '__annotations__'.
# CPython: {'a': <class 'int'>, 'b': 'str', 'return': <class 'bool'>}
def f(a: int, b: "str" = "x") -> bool:
    return True
print(f.__annotations__)
