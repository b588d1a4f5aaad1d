# Cooperative multiple inheritance: every __init__ takes **kwargs and calls
# super().__init__, so each class in the MRO runs exactly once.
class Base:
    def __init__(self, **kwargs):
        print("  Base init, leftover", sorted(kwargs))
        self.log = ["Base"]
class Named(Base):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")
class Timestamped(Base):
    def __init__(self, ts=0, **kwargs):
        super().__init__(**kwargs)
        self.ts = ts
        self.log.append("Timestamped")
class JsonMixin:
    def to_json(self):
        keys = sorted(k for k in ("name", "ts", "tags") if hasattr(self, k))
        return "{" + ", ".join('"%s": %r' % (k, getattr(self, k)) for k in keys) + "}"
class Record(JsonMixin, Named, Timestamped):
    def __init__(self, tags=(), **kwargs):
        super().__init__(**kwargs)
        self.tags = list(tags)
        self.log.append("Record")

r = Record(name="r1", ts=42, tags=["a"], extra=1)
print(r.log, r.to_json())
print([c.__name__ for c in Record.__mro__])
r2 = Record(name="r2")
print(r2.ts, r2.tags, r2.to_json())
try:
    Record(ts=1)
except TypeError as e:
    print(type(e).__name__, e)
