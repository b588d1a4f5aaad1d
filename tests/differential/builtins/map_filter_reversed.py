print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
print(list(filter(lambda x: x > 2, [1, 5, 2, 7])), list(filter(None, [0, "", "a", 3, None, []])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
m = map(int, "123")
print(next(m), list(m), list(m))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
