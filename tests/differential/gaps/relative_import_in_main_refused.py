# A relative import in the main script: CPython raises ImportError at run time
# ("attempted relative import with no known parent package"), which the program catches;
# Molt refuses to build the program with that message as a compile error.
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
