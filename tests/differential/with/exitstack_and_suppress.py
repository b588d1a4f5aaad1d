# contextlib.suppress and ExitStack: callbacks run in LIFO order, managers
# entered dynamically, exceptions seen by every manager in turn.
from contextlib import ExitStack, suppress
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("  close", self.name, et.__name__ if et else None)
        return False
with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed KeyError")
with ExitStack() as stack:
    names = [stack.enter_context(Res("r%d" % i)) for i in range(3)]
    stack.callback(print, "  callback with", "args")
    print("using", names)
try:
    with ExitStack() as stack:
        stack.enter_context(Res("a"))
        stack.enter_context(suppress(ValueError))
        stack.enter_context(Res("b"))
        raise ValueError("inside")
    print("ValueError swallowed by the middle manager")
except ValueError:
    print("not reached")
