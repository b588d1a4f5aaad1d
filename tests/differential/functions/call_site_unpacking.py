def f(a, b, c=0, *rest, **kw):
    return f"a={a} b={b} c={c} rest={rest} kw={kw}"
args = [1, 2]
print(f(*args))
print(f(*args, 3, 4, 5))
print(f(*[1, 2, 3], *(4, 5)))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "z": 26}))
print(f(*"xy", **{"c": 9}, w=1))
print(f(*range(6)))
print(max(*[3, 9, 2]), min(*"hello"))
print(*[1, 2], *[3], sep=", ")
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1])
except TypeError as e:
    print("TypeError:", e)
