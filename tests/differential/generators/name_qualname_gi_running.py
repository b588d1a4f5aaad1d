# Generator objects have __name__, __qualname__ and gi_running.
def numbers():
    yield 1
g = numbers()
print(g.__name__, g.__qualname__)
def running():
    yield g2.gi_running
g2 = running()
print(g2.gi_running, next(g2), g2.gi_running)
