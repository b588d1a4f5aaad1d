# __exit__ runs on return, break and continue leaving the with block, and
# its arguments are None then; a return value set before exit is kept.
class Log:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, *args):
        print("  exit", self.name, args)

def ret():
    with Log("ret"):
        return "returned"
print(ret())
for i in range(4):
    with Log("loop%d" % i):
        if i == 0:
            continue
        if i == 2:
            break
        print("  body", i)
def nested():
    with Log("outer"):
        with Log("inner"):
            return [1, 2]
print(nested())
def gen():
    with Log("gen"):
        yield 1
        yield 2
print(list(gen()))
