import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps([Point(1, 2), {3, 1, 2}, {"p": Point(0, Point(5, 6))}], default=enc))
print(json.dumps({"pts": [Point(i, i * i) for i in range(3)]}, default=enc, indent=1))
try:
    json.dumps([Point(1, 2), object()], default=enc)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(Point(1, 1), default=lambda o: "point"))
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps([1, 2], check_circular=False))
