from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(0, 9, 9), Version(1, 0, 5), Version(1, 2, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1, 0, 0)}))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.minor
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
