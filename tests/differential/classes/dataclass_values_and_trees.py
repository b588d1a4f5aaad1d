# Dataclasses as values: frozen instances as dict keys and set members, enum
# members as defaults, and a recursive tree built with default_factory and
# printed through the generated __repr__.
from dataclasses import dataclass, field
from enum import Enum
@dataclass(frozen=True)
class Key:
    a: int
    b: str
d = {Key(1, "x"): "v"}
print(d[Key(1, "x")], Key(1, "x") in {Key(1, "x")})
class Color(Enum):
    RED = 1
@dataclass
class Pixel:
    color: Color = Color.RED
    pos: tuple = (0, 0)
print(Pixel(), Pixel(pos=(1, 2)) == Pixel(Color.RED, (1, 2)))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    def add(self, *vals):
        for v in vals:
            self.children.append(Node(v))
        return self
t = Node(1).add(2, 3)
t.children[0].add(4)
print(t)
