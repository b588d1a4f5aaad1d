# Enum members are singletons with name/value, usable as dict keys,
# iterable in definition order, looked up by value (call) and name
# (subscript); methods and properties on members; comparisons other than
# identity/equality raise.
from enum import Enum, IntEnum, auto

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
class Status(Enum):
    ACTIVE = auto()
    PAUSED = auto()
    DONE = auto()
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
class Priority(IntEnum):
    LOW = 1
    HIGH = 3

print([p.name for p in Planet], Planet.EARTH.gravity, Planet.MERCURY.value[1])
print(Status.ACTIVE, repr(Status.PAUSED), Status(3), Status["DONE"].value)
print(Status.DONE.next(), Status.ACTIVE.next().next())
counts = {Status.ACTIVE: 2, Status.DONE: 1}
print(counts[Status.ACTIVE], Status.PAUSED in counts, len(Status))
print(Status.ACTIVE is Status(1), Status.ACTIVE == 1, Priority.HIGH == 3, Priority.LOW < Priority.HIGH)
print(sorted([Priority.HIGH, Priority.LOW]), Priority.HIGH + 1)
for thunk in (lambda: Status.ACTIVE < Status.DONE, lambda: Status(9), lambda: Status["nope"]):
    try:
        thunk()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Status.ACTIVE = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Status.DONE, Status), type(Status.DONE).__name__, Status.DONE.__class__ is Status)
