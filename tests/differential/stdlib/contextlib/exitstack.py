from contextlib import ExitStack, contextmanager

@contextmanager
def resource(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append("body " + ",".join(names))
print(log)

log = []
try:
    with ExitStack() as stack:
        stack.enter_context(resource("x", log))
        stack.callback(lambda: log.append("cb"))
        raise ValueError("oops")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

def swallow(exc_type, exc, tb):
    print("swallow sees", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(swallow)
    raise KeyError("k")
print("suppressed by push")

with ExitStack() as stack:
    stack.callback(print, "kw", sep="-", end="!\n")
