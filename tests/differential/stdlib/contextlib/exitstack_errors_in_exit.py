from contextlib import ExitStack

def bad_cleanup():
    raise RuntimeError("cleanup failed")

try:
    with ExitStack() as stack:
        stack.callback(print, "first registered, runs last")
        stack.callback(bad_cleanup)
        print("body")
except RuntimeError as e:
    print("caught", e)

try:
    with ExitStack() as stack:
        stack.callback(bad_cleanup)
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))

def suppress_all(*exc):
    return True
with ExitStack() as stack:
    stack.push(suppress_all)
    stack.callback(bad_cleanup)
print("all suppressed")
