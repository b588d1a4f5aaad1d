import copy
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
class Bad:
    def __deepcopy__(self, memo):
        raise RuntimeError("no deep copies")
    def __copy__(self):
        raise ValueError("no copies")
for f in (copy.copy, copy.deepcopy):
    try:
        f(Bad())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    copy.deepcopy()
except TypeError as e:
    print(type(e).__name__)
deep = []
cur = deep
for _ in range(5000):
    n = []
    cur.append(n)
    cur = n
try:
    copy.deepcopy(deep)
    print("copied")
except RecursionError as e:
    print(type(e).__name__)
