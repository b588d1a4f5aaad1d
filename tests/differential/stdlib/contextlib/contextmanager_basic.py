from contextlib import contextmanager

log = []

@contextmanager
def tag(name):
    log.append(f"<{name}>")
    yield name.upper()
    log.append(f"</{name}>")

with tag("b") as t:
    log.append(t)
    with tag("i") as u:
        log.append(u)
print(log)

@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])

with counter() as c:
    for _ in range(5):
        c["n"] += 1
print(tag.__name__, counter.__wrapped__.__name__)
