# Annotated assignments fill __annotations__ in module and class bodies
# (evaluated in order, after the value), and are not evaluated in functions.
x: int = 5
y: "a string annotation"
print(__annotations__, x)


def side(label):
    print("evaluating", label)
    return label


class Point:
    a: side("A") = side("value of a")
    b: int
    c: list = []
    __private: float = 0.5

    def method(self):
        local: side("never") = 3
        return local


print(Point.__annotations__)
print(Point.a, Point.c, Point().method())


class Plain:
    value = 1


print(hasattr(Plain, "__annotations__") and Plain.__annotations__ or "none")


class WithIf:
    if True:
        inside: str = "yes"


print(WithIf.__annotations__)
