# obj.__dict__ reads and writes the instance's attributes.
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Rec({items})"


r = Rec(a=1, b="two")
print(r, r.a, len(r.__dict__), "a" in r.__dict__, r.__dict__ == {"a": 1, "b": "two"})
r.__dict__["c"] = 3.5
del r.__dict__["a"]
print(r, sorted(r.__dict__), r.__dict__.get("zz", "none"), list(r.__dict__.keys()))
print(hasattr(r, "a"), r.c)
