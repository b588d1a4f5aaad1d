# Importing the program's own modules: packages, relative imports,
# `from ... import *` with __all__, module state shared between importers,
# import cycles CPython accepts, and `if __name__ == "__main__"`.
import geometry
import geometry.units
from geometry import Circle, register
from geometry.shapes import *
import app_pkg.sub.leaf
from app_pkg.sub import leaf as leaf_again
from app_pkg import cycle_a
from app_pkg.cycle_b import partial_view

print(__name__, geometry.__name__, geometry.shapes.__name__)
print(geometry.__doc__)
print(Circle(2).area(), Square(3).area(), geometry.units.calls)
geometry.units.FACTOR = 10
print(Square(3).area(), geometry.units.calls)


@register
class Triangle:
    pass


print([c.__name__ for c in geometry.registry])
print(app_pkg.state["loaded"], app_pkg.sub.leaf.VALUE, leaf_again is app_pkg.sub.leaf)
print(cycle_a.from_b(), partial_view())
try:
    from geometry import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    geometry.units.missing
except AttributeError as e:
    print(e)

if __name__ == "__main__":
    print("run as a script")
