# The `as` target can be any assignment target: tuple unpacking, attribute,
# subscript; __enter__ may return something other than self.
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
class Box:
    pass
with Pair() as (a, (b, c)):
    print(a, b, c)
box = Box()
with Pair() as box.value:
    print(box.value)
d = {}
with Pair() as d["k"]:
    pass
print(d)
with Pair() as (first, *rest):
    print(first, rest)
class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("  depth", self.depth)
        return self
    def __exit__(self, *a):
        self.depth -= 1
r = Reusable()
with r:
    with r as again:
        print(again is r, r.depth)
print(r.depth)
