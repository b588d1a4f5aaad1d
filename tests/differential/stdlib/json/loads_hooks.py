import json
print(json.loads('{"a": 1.5, "b": [2, 3.25]}', parse_float=str))
print(json.loads('{"a": 1, "b": [20, 3.5]}', parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"a": {"b": 1}, "c": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2, "b": {"x": []}}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
class Obj:
    def __init__(self, d):
        for k, v in d.items():
            setattr(self, k, v)
o = json.loads('{"name": "n", "child": {"name": "c"}}', object_hook=Obj)
print(o.name, o.child.name)
def bad(s):
    raise ValueError("bad float " + s)
try:
    json.loads('[1, 2.5]', parse_float=bad)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads('[1.0, 2]', parse_float=float, parse_int=int))
big = json.loads(json.dumps([{"i": i, "s": str(i) * 3} for i in range(2000)]), object_hook=lambda d: (d["i"], d["s"]))
print(len(big), big[0], big[-1])
