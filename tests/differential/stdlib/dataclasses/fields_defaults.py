from dataclasses import dataclass, field, fields

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default="s", init=False, repr=False)

a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is b.items)
print(Inventory("x", count=5) == Inventory("x", count=9))
print([(f.name, f.init, f.repr, f.compare) for f in fields(Inventory)])
print(a.secret, fields(a)[0].type, fields(a)[1].default_factory is list)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Inventory("x", secret="no")
except TypeError as e:
    print(type(e).__name__, e)
