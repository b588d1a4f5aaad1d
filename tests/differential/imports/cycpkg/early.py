import cycpkg

EARLY_VALUE = 1
# The package is only partially initialised here: LATE does not exist yet.
saw_late = hasattr(cycpkg, "LATE")
try:
    from . import LATE
    got_late = True
except ImportError:
    got_late = False


def late_now():
    return cycpkg.LATE
