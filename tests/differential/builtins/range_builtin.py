print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1))
print(list(range(-3)), list(range(-3, 0)), list(range(0, -6, -2)))
r = range(2, 20, 3)
print(len(r), r[3], r[-2], 11 in r, 12 in r, r.index(14), list(r[1::2]))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range("3")
except TypeError as e:
    print("TypeError:", e)
