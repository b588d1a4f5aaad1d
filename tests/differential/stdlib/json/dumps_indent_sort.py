import json
doc = {"b": [1, {"z": 1, "y": [True, None]}], "a": {}, "c": [], "d": "x"}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="\t", sort_keys=True))
print(json.dumps(doc, indent=3, separators=(", ", ": ")))
print(json.dumps(doc, sort_keys=True))
print(json.dumps([[], {}, [[]]], indent=1))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True, indent=2))
print(json.dumps({2: "a", 1: "b", 10: "c"}, sort_keys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
