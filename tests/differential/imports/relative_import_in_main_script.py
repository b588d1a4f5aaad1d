# A relative import in the main script raises ImportError when it runs
# ("attempted relative import with no known parent package"), which the
# program can catch.
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
