# Writes through one site: new attributes, overwrites, a user __setattr__
# installed later, and objects with more attributes than a layout holds.


class Bag:
    pass


def put(obj, v):
    obj.value = v


bags = [Bag() for _ in range(4)]
for i, b in enumerate(bags):
    put(b, i)
    put(b, i * 10)
print([b.value for b in bags])


def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Bag.__setattr__ = logging_setattr
put(bags[0], "logged")
print(bags[0].value)
del Bag.__setattr__
put(bags[1], "quiet")
print(bags[1].value)

big = Bag()
for i in range(150):
    setattr(big, "attr%d" % i, i)
print(big.attr0, big.attr64, big.attr149, len(big.__dict__))
big.attr70 = "changed"
del big.attr3
print(big.attr70, hasattr(big, "attr3"), list(big.__dict__)[:5])


class Slotted:
    count = 0

    def __init__(self, n):
        Slotted.count += 1
        self.n = n

    def bump(self):
        self.n += 1
        return self.n


objs = [Slotted(i) for i in range(3)]
print([o.bump() for o in objs for _ in range(2)], Slotted.count)


class Validated:
    @property
    def level(self):
        return self._level

    @level.setter
    def level(self, v):
        if v < 0:
            raise ValueError("negative level")
        self._level = v


v = Validated()
for lvl in (1, 2, 3):
    v.level = lvl
print(v.level)
try:
    v.level = -1
except ValueError as e:
    print("ValueError:", e)
