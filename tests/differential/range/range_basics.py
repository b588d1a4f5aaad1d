print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:3], r[::-1], list(r[::2]), r[100:])
print(7 in r, 8 in r, 31 in r, r.index(11), r.count(7))
print(range(0) == range(5, 2), range(0, 3) == range(3), len(range(-5, 5, 2)))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(len(range(2 ** 40)), range(2 ** 40)[-1], 2 ** 39 in range(2 ** 40))
