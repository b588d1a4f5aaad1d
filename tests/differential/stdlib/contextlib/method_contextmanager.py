from contextlib import contextmanager

class Transaction:
    def __init__(self):
        self.ops = []
        self.committed = []

    @contextmanager
    def begin(self, name):
        self.ops = []
        try:
            yield self
        except Exception as e:
            print(f"rollback {name}: {e}")
            self.ops = []
        else:
            self.committed.extend(self.ops)
            print(f"commit {name}: {self.ops}")

    def add(self, op):
        if op < 0:
            raise ValueError(f"negative op {op}")
        self.ops.append(op)

t = Transaction()
with t.begin("one") as tx:
    tx.add(1)
    tx.add(2)
with t.begin("two") as tx:
    tx.add(3)
    tx.add(-1)
with t.begin("three"):
    t.add(4)
print(t.committed)
