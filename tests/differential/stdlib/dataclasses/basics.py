from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y)
p.x = 10
print(p)
print(Point.__init__.__qualname__, Point.y)
class Outer:
    @dataclass
    class Inner:
        a: str
print(Outer.Inner("q"))
