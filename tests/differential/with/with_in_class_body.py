# A with statement, a generator expression and a helper function call inside a
# class body: names bound by them become class attributes.
from contextlib import contextmanager
@contextmanager
def section(name):
    print("  enter", name)
    yield name.upper()
    print("  exit", name)
class Config:
    with section("defaults") as label:
        timeout = 30
        retries = 3
    squares = list(x * x for x in range(3))
    def _helper(n):
        return n * 10
    scaled = _helper(4)
print(Config.label, Config.timeout, Config.retries, Config.squares, Config.scaled)
