# A frame in an imported module is named by its path relative to the
# main script.
from tbpkg import shapes

print(shapes.area(2, 3))
print(shapes.area(2, "3"))
