# Two modules importing each other with `from . import`: CPython accepts the
# cycle, the partially initialised module is visible, and attributes used
# later (at call time) resolve.
from shop import cycle_y
from shop import cycle_x
print(cycle_x.x_uses_y(), cycle_y.y_uses_x())
print("y saw X_NAME while importing:", cycle_y.seen_at_import)
print(cycle_x.cycle_y is cycle_y, cycle_y.cycle_x is cycle_x)
