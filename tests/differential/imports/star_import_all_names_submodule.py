# `from pkg import *` where __all__ names a submodule imports it and binds
# it; a name in __all__ the package does not define raises AttributeError
# (the names before it are already bound).
from starsub import *
print(VALUE, extra.NAME)
try:
    from starbad import *
except AttributeError as e:
    print(type(e).__name__, e)
print(FIRST)
try:
    LAST
except NameError as e:
    print(type(e).__name__, e)
