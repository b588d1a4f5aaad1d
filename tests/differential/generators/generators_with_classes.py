class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            for item in c.walk(depth + 1):
                yield item
    def __iter__(self):
        for _, v in self.walk():
            yield v
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b", [Tree("b1", [Tree("deep")])])])
for depth, v in t.walk():
    print("  " * depth + v)
print(list(t), len(list(t)), "deep" in t, "zzz" in t)
