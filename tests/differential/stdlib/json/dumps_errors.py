import json
class Thing:
    pass
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: json.dumps(Thing()))
show(lambda: json.dumps({"a": {1, 2}}))
show(lambda: json.dumps(b"bytes"))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({(1, 2): 3, "k": [1]}, skipkeys=True))
show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps([float("inf")], allow_nan=False, indent=2))
show(lambda: json.dumps({1.5: 1, float("inf"): 2}))
show(lambda: json.dumps({float("inf"): 2}, allow_nan=False))
l = [1]
l.append(l)
show(lambda: json.dumps(l))
d = {}
d["self"] = d
show(lambda: json.dumps(d, indent=2))
show(lambda: json.dumps(1, foo=2))
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    json.dumps(deep)
except RecursionError as e:
    print(type(e).__name__, e)
