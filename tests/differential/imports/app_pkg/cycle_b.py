import app_pkg.cycle_a

B_NAME = "b"


def partial_view():
    return hasattr(app_pkg.cycle_a, "A_NAME")
