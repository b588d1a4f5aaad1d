a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1})
nested = {"users": [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}], "count": 2}
print(nested["users"][0]["tags"][0], len(nested["users"][1]["tags"]))
nested["users"][1]["tags"].append("new")
print(nested)
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
