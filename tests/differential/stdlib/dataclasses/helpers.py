from dataclasses import dataclass, field, asdict, astuple, replace, is_dataclass, fields
from typing import List

@dataclass
class Item:
    name: str
    qty: int = 1

@dataclass
class Order:
    id: int
    items: List[Item] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    calc: int = field(default=0, init=False)

o = Order(1, [Item("a"), Item("b", 3)], {"k": Item("c")})
print(asdict(o))
print(astuple(o))
o2 = replace(o, id=2)
print(o2.id, o2.items is o.items, o2)
try:
    replace(o, calc=3)
except ValueError as e:
    print(e)
try:
    replace(o, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
print(is_dataclass(o), is_dataclass(Order), is_dataclass(3), is_dataclass(dict))
for bad in (asdict, astuple, fields):
    try:
        bad(3)
    except TypeError as e:
        print(type(e).__name__, e)
print(asdict(Item("z"), dict_factory=lambda pairs: [k for k, v in pairs]))
