from dataclasses import dataclass, field

@dataclass
class Base:
    id: int
    label: str = "base"

@dataclass
class Child(Base):
    extra: float = 1.5
    label: str = "child"

@dataclass
class Computed:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h

print(Child(1), Child(2, "x", 3.0), Base(3))
print(Child.__match_args__)
print(Computed(2, 3.5))
print(Child(1) == Base(1), Base(1) == Base(1))

class Plain(Base):
    def describe(self):
        return f"{self.id}:{self.label}"
print(Plain(7).describe(), Plain(7))
@dataclass
class Validated:
    n: int
    def __post_init__(self):
        if self.n < 0:
            raise ValueError(f"n must be >= 0, got {self.n}")
print(Validated(1))
try:
    Validated(-1)
except ValueError as e:
    print(e)
