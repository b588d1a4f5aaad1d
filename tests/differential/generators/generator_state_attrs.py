# Generator objects: iterating a generator twice, and generators as methods.
def numbers():
    yield 1
    yield 2
g = numbers()
print(type(g).__name__)
print(list(g), list(g))
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def __iter__(self):
        return (v for _, v in self.walk())
t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
for depth, v in t.walk():
    print("  " * depth + v)
print(list(t), "a2" in t, "zz" in t)
print(Tree.walk.__qualname__)
