# `from m import *` imports exactly the names in __all__ (even underscored
# ones) and nothing else.
from shop.catalog import *
print(make_item("cup"), Item("x", 1))
print(_exported_private())
try:
    not_exported
except NameError as e:
    print(type(e).__name__, e)
import shop.catalog
print(sorted(shop.catalog.__all__), shop.catalog.not_exported)
