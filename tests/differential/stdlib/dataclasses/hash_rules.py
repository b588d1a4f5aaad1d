from dataclasses import dataclass

def try_hash(obj):
    try:
        hash(obj)
        return "hashable"
    except TypeError as e:
        return f"{type(e).__name__}: {e}"

@dataclass
class Default:
    x: int
@dataclass(frozen=True)
class Frozen:
    x: int
@dataclass(eq=False)
class NoEq:
    x: int
@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
@dataclass
class Explicit:
    x: int
    def __hash__(self):
        return 42

for obj in (Default(1), Frozen(1), NoEq(1), Unsafe(1), Explicit(1)):
    print(type(obj).__name__, try_hash(obj))
print(hash(Frozen(5)) == hash((5,)), hash(Unsafe(7)) == hash((7,)), hash(Explicit(0)))
print(NoEq(1) == NoEq(1))
try:
    @dataclass(unsafe_hash=True)
    class Bad:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(e)
