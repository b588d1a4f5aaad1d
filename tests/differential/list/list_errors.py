a = [1, 2, 3]
tests = [
    lambda: a[3],
    lambda: a[-4],
    lambda: a.pop(7),
    lambda: a.remove(9),
    lambda: a.index(9),
    lambda: a + (4,),
    lambda: a * 1.5,
    lambda: a["x"],
    lambda: [].pop(),
    lambda: a < ["x"],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
