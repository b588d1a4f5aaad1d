import copy
class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f"P({self.x!r}, {self.items!r})"
p = P(1, [1, 2])
s = copy.copy(p)
d = copy.deepcopy(p)
print(s, d, type(s).__name__, s is p, s.items is p.items, d.items is p.items)
p.items.append(3)
print(s, d)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].name, r2 is not root)
class Empty:
    pass
e = copy.copy(Empty())
print(type(e).__name__)
