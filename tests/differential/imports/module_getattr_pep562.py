# PEP 562: a module-level __getattr__ answers attribute lookups the module's
# globals miss: `mod.x`, getattr/hasattr, and `from mod import x` (an
# AttributeError from it becomes ImportError there); defined names do not
# reach it.
from lazymods import lazy
from lazymods.lazy import computed_one
print(computed_one)
print(lazy.computed_two, lazy.defined)
print(getattr(lazy, "computed_three", "default"), getattr(lazy, "missing", "default"))
print(hasattr(lazy, "missing"), hasattr(lazy, "computed_x"))
try:
    lazy.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from lazymods.lazy import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print([c for c in lazy.calls if not c.startswith("__")])
