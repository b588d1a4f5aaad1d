# A package __init__ that does `from .helpers import helpers` replaces the
# submodule attribute with the function: every way of reaching
# `shadowpkg.helpers` afterwards (attribute, from-import, `import ... as`)
# gives the function.
import shadowpkg.helpers
print(shadowpkg.helpers())
from shadowpkg import helpers
print(helpers())
import shadowpkg.helpers as h
print(h())
print(type(shadowpkg.helpers).__name__)
