from .units import scale, PI

__all__ = ["Circle", "Square"]


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(PI * scale(self.r) ** 2, 3)


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return scale(self.side) ** 2


def _private():
    return "hidden"
