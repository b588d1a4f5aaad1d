import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return n if n == 0 else 1 + depth(n - 1)


print(depth(150))
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print("TypeError:", e)
sys.setrecursionlimit(1000)
print(depth(500))
