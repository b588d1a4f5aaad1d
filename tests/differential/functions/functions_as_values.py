def apply(f, *args):
    return f(*args)
def square(x):
    return x * x
def twice(f):
    return lambda x: f(f(x))
print(apply(square, 5), apply(max, 3, 9, 4), apply(len, "hello"))
print(twice(square)(3), twice(twice(lambda s: s + "!"))("hi"))
ops = [square, abs, str, lambda v: -v]
print([op(-4) for op in ops])
registry = {}
def register(name, fn):
    registry[name] = fn
register("sq", square)
register("up", str.upper)
print(registry["sq"](12), registry["up"]("abc"), sorted(registry))
print(square.__name__, (lambda: 0).__name__, callable(square), callable(5))
def pipeline(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
print(pipeline(" Hello World ", str.strip, str.lower, lambda s: s.replace(" ", "_")))
print(sorted(["b", "A", "c"], key=str.lower), list(map(int, "123")))
