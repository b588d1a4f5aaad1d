import json
print(json.dumps({"a": [1, 2.5, None, True, False], "b": "text", "c": {}, "d": []}))
print(json.dumps([1e16, 1.0, -0.0, 1e-7, 0.1, 1/3, 123456789.125, 10**30, -(10**20)]))
print(json.dumps((1, (2, 3))), json.dumps("plain"), json.dumps(None), json.dumps(7), json.dumps(2.0))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({"x": [1, 2]}, separators=(" , ", " : ")))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps({3: "int", 1.5: "float", None: "none", True: "t", False: "f", "s": "str"}))
print(json.dumps({2: 1, -7: 2, 10**25: 3}))
