# Abstract shapes with a registry, class decorators, closures and
# typing annotations throughout.
from abc import ABC, abstractmethod
from typing import Callable, Dict, List, Type, TypeVar
import math

T = TypeVar("T", bound="Shape")
REGISTRY: Dict[str, Type["Shape"]] = {}


def register(kind: str) -> Callable[[Type[T]], Type[T]]:
    def deco(cls: Type[T]) -> Type[T]:
        REGISTRY[kind] = cls
        cls.kind = kind
        return cls
    return deco


class Shape(ABC):
    kind = "abstract"

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{self.kind}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()


@register("circle")
class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


@register("rect")
class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


@register("square")
class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)


class Blob(Shape):
    def area(self) -> float:
        return 1.0


def build(spec: str) -> Shape:
    kind, *nums = spec.split()
    try:
        cls = REGISTRY[kind]
    except KeyError:
        raise ValueError(f"unknown shape {kind!r}") from None
    return cls(*[float(n) for n in nums])


def scaler(factor: float) -> Callable[[Shape], float]:
    calls = 0

    def scaled_area(s: Shape) -> float:
        nonlocal calls
        calls += 1
        return s.area() * factor * factor + calls * 0
    return scaled_area


specs = ["circle 1", "rect 2 3", "square 2.5", "hexagon 1", "rect 1"]
shapes: List[Shape] = []
for spec in specs:
    try:
        shapes.append(build(spec))
    except (ValueError, TypeError) as e:
        print("error:", type(e).__name__, e)

for s in sorted(shapes):
    print(s.describe())

double = scaler(2)
print([round(double(s), 3) for s in shapes])
print(sorted(REGISTRY), [c.__name__ for c in REGISTRY.values()])
try:
    Blob()
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.kind, Rect.kind)
total = sum(s.perimeter() for s in shapes)
print(f"total perimeter {total:.3f}")
