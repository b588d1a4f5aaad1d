from . import cycle_y

X_NAME = "x"


def x_uses_y():
    return "x sees " + cycle_y.Y_NAME
