# vars(obj) is obj.__dict__; an object without one is a TypeError.
class P:
    def __init__(self): self.a = 1
p = P()
print(vars(p))
print(vars(P)["__module__"])
try:
    vars(5)
except TypeError as e:
    print(e)
