# A package __init__ importing a submodule that imports the package back: the
# submodule sees the partially initialised package (later names missing, a
# from-import of them raises ImportError), and attribute access at call time
# sees the finished package.
import cycpkg
from cycpkg import early
print(cycpkg.EARLY_VALUE, cycpkg.saw_late, early.got_late)
print(early.late_now(), early.cycpkg is cycpkg)
