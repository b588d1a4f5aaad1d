# `for x in range(...)` in every shape: the loop must see exactly the ints
# range() produces, whatever the arguments and whatever the body does.
def collect(*args):
    out = []
    for i in range(*args):
        out.append(i)
    return out


def direct(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return out


print(collect(5), collect(2, 7), collect(10, 0, -3), collect(0, 10, 4))
print(direct(0, 10, 3), direct(10, -1, -4), direct(5, 5, 1), direct(5, 0, 1))
for i in range(True, 4):
    print(i, type(i).__name__)
big = 2**70
for i in range(big, big + 3):
    print(i)
for i in range(3):
    i = i * 10
    print("body sees", i)
n = 3
for i in range(n):
    n = 0
    print("stop fixed at start", i)
total = 0
for i in range(1000000):
    total += i
print(total)
for i in range(3):
    pass
else:
    print("else runs, last", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
for bad in [(1.5,), ("3",), (0, 10, 0)]:
    try:
        for i in range(*bad):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 3


for i in range(Index()):
    print("index", i)
