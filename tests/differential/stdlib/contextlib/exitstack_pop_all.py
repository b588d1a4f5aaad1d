from contextlib import ExitStack

class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False

def open_all(ns):
    with ExitStack() as stack:
        rs = [stack.enter_context(Res(n)) for n in ns]
        keep = stack.pop_all()
    print("opened", [r.n for r in rs])
    return keep

stack = open_all([1, 2])
with stack:
    print("working")
s = ExitStack()
s.callback(print, "closed explicitly")
s.close()
s.close()
try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)
