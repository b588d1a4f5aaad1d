# A module that star-imports a sibling and defines its own __all__ can be
# star-imported in turn: only its __all__ names arrive; `import a.b as x, c.d
# as y` binds several aliases; `from pkg import sub as alias` returns the same
# module object as `import pkg.sub`.
from shop.reexport import *
print(helper(), make_item("mug", 7), Item.__name__)
try:
    _exported_private
except NameError as e:
    print(type(e).__name__, e)
import shop
print(hasattr(shop, "reexport"), shop.reexport._exported_private())
import shop.catalog as c, shop.counter as k
from shop import counter as k2, catalog
print(c.__name__, k.count, k2 is k, catalog is c, type(shop).__name__)
print(shop.catalog.__doc__, "|", shop.reexport.__doc__)
