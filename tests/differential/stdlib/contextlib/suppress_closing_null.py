from contextlib import suppress, closing, nullcontext

with suppress(KeyError):
    {}["missing"]
print("after KeyError")
with suppress(LookupError):
    [][3]
print("after IndexError via LookupError")
with suppress():
    pass
try:
    with suppress(KeyError, TypeError):
        int("x")
except ValueError as e:
    print("ValueError escaped:", e)

class Conn:
    def __init__(self, name):
        self.name = name
        self.open = True
    def close(self):
        self.open = False
        print("closing", self.name)

c = Conn("db")
with closing(c) as conn:
    print(conn is c, conn.open)
print(c.open)
try:
    with closing(Conn("x")):
        raise ValueError("fail inside")
except ValueError as e:
    print("propagated", e)

with nullcontext() as v:
    print(v)
with nullcontext({"a": 1}) as v:
    print(v)
def maybe_lock(use):
    return suppress(ZeroDivisionError) if use else nullcontext()
with maybe_lock(True):
    1 / 0
print("done")
