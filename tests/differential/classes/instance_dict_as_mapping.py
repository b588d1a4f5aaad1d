# An instance's __dict__ is a mapping to dict(), dict.update and ** unpacking.
class P:
    def __init__(self): self.a = 1; self.b = 2
p = P()
d = dict(p.__dict__)
print(d, sorted(p.__dict__.keys()))
e = {}
e.update(p.__dict__)
print(e, {**p.__dict__})
