# dataclasses: default_factory gives each instance its own container, a
# mutable default is refused, field(repr=False/compare=False), __post_init__
# computing derived fields, and default-after-non-default ordering errors.
from dataclasses import dataclass, field, fields
from typing import List, Dict

@dataclass
class Cart:
    owner: str
    items: List[str] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict, repr=False)
    cache: int = field(default=0, compare=False)
    total: int = field(init=False)
    def __post_init__(self):
        self.total = len(self.items)

a = Cart("ann")
b = Cart("bob", ["x", "y"])
a.items.append("z")
print(a, b, Cart("c").items)
print(a == Cart("ann", ["z"], cache=99), a.total, Cart("d", ["1", "2", "3"]).total)
print([(f.name, f.init, f.repr, f.compare) for f in fields(Cart)])
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    Cart()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Cart("x", total=3)
except TypeError as e:
    print(type(e).__name__, e)
