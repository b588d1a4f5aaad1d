# Dataclass inheritance: base fields come first, a subclass can override a
# field's default, methods and __post_init__ are inherited, order=True
# compares field tuples, and frozen instances are hashable and immutable.
from dataclasses import dataclass, FrozenInstanceError, replace, asdict

@dataclass
class Animal:
    name: str
    legs: int = 4
    def describe(self):
        return "%s with %d legs" % (self.name, self.legs)
@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True
@dataclass(order=True, frozen=True)
class Grade:
    score: int
    student: str = ""

b = Bird("robin")
print(b, b.describe(), Bird("penguin", can_fly=False))
print(isinstance(b, Animal), Bird("x") == Animal("x", 2), asdict(b))
gs = [Grade(80, "c"), Grade(95, "a"), Grade(80, "b")]
print(sorted(gs), max(gs).student, Grade(1) < Grade(1, "a"))
g = gs[0]
try:
    g.score = 100
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(g, score=100), g, len({Grade(1), Grade(1), Grade(2)}))
try:
    Grade(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
