from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, "hello"))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a + [b], "abc", []))
for f in [lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5), lambda: reduce(len)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
