# Generator objects lack __name__, __qualname__, gi_running in Molt
# (AttributeError: 'generator' object has no attribute '__name__').
# CPython: "numbers numbers" and "False True False".
def numbers():
    yield 1
g = numbers()
print(g.__name__, g.__qualname__)
def running():
    yield g2.gi_running
g2 = running()
print(g2.gi_running, next(g2), g2.gi_running)
