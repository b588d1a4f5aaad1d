class Counter:
    instances = 0
    label = "counter"
    shared = []
    def __init__(self, name):
        Counter.instances += 1
        self.name = name
a = Counter("a")
b = Counter("b")
print(Counter.instances, a.instances, b.instances)
a.label = "custom"
print(a.label, b.label, Counter.label)
a.shared.append(1)
print(b.shared, Counter.shared)
Counter.label = "changed"
print(a.label, b.label)
del a.label
print(a.label)
print(a.name, b.name)
