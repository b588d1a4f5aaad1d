import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


data = {"p": Point(1, 2), "tags": {"b", "a"}, "n": [1.5, None, True]}
print(json.dumps(data, cls=PointEncoder))
print(json.dumps(data, cls=PointEncoder, indent=2, sort_keys=True))
print(PointEncoder(separators=(",", ":")).encode([Point(0, 0)]))
print("".join(PointEncoder().iterencode({"k": Point(3, 4)})))
try:
    json.dumps({"bad": object()}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONEncoder().encode(Point(1, 1))
except TypeError as e:
    print("TypeError:", e)
enc = json.JSONEncoder(indent=1, default=lambda o: "custom")
print(enc.encode({"a": object()}), enc.item_separator, enc.key_separator, enc.indent)
print(json.JSONEncoder().encode("plain ü"), json.JSONEncoder(ensure_ascii=False).encode("ü"))


class Upper(json.JSONEncoder):
    def __init__(self, *, shout=False, **kw):
        super().__init__(**kw)
        self.shout = shout

    def encode(self, o):
        s = super().encode(o)
        return s.upper() if self.shout else s


print(json.dumps(["quiet"], cls=Upper), json.dumps(["loud"], cls=Upper, shout=True))
