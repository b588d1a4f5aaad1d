# CPython checks every entry of an except tuple before matching, so
# `except (KeyError, "x")` raises TypeError ("catching classes that do not inherit from
# BaseException is not allowed") even when the exception is a KeyError (exit 1).
# Molt matches KeyError first and prints "matched".
try:
    raise KeyError("ok")
except (KeyError, "never checked") as e:
    print("matched", repr(e))
