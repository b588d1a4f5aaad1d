from dataclasses import dataclass, field
from typing import List, Optional

@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)

root = Node(1)
for v in (2, 3):
    child = Node(v, parent=root)
    root.children.append(child)
root.children[0].children.append(Node(4))
print(root)
loop = Node(0)
loop.children.append(loop)
print(loop)
print(Node(1, [Node(2)]) == Node(1, [Node(2)]))
