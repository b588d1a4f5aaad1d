from dataclasses import dataclass

@dataclass
class P:
    x: int
    y: int = 0
    z: str = "z"

for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"w": 2}), ((1,), {"x": 2}), ((), {"y": 1})]:
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

@dataclass
class Two:
    a: int
    b: int
try:
    Two()
except TypeError as e:
    print(e)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
try:
    Empty(1)
except TypeError as e:
    print(e)
