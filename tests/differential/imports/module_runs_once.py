# A module body runs once however many times and ways it is imported; the
# package __init__ runs before its submodules.
print("start")
import shop
import shop.catalog
from shop import catalog
from shop.catalog import make_item
import shop as again
print("end", again is shop, catalog is shop.catalog, make_item("z", 3))
print(__name__, shop.catalog.__name__, shop.VERSION)
