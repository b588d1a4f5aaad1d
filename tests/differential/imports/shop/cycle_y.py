from . import cycle_x

Y_NAME = "y"
seen_at_import = hasattr(cycle_x, "X_NAME")


def y_uses_x():
    return "y sees " + cycle_x.X_NAME
