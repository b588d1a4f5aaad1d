fs = [len, str, abs, sorted, list, sum, max, repr, bool, int]
arg = [3, -1, 2]
for f in fs:
    try:
        print(f.__name__, f(arg))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
print(list(map(abs, [-1, 2, -3])), list(map(repr, ["a", 1])))
print(sorted(["10", "9", "100"], key=int), max(["10", "9"], key=len))
