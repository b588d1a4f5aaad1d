# Bare raise re-raises the exception being handled (even from a helper
# called in the handler); outside a handler it is a RuntimeError; after a
# nested handler finishes, the outer exception is current again.
def helper():
    raise
try:
    try:
        raise ValueError("first")
    except ValueError:
        helper()
except ValueError as e:
    print("helper re-raised:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
except KeyError as e:
    print("outer restored:", repr(e))
def reraise_modified():
    try:
        int("x")
    except ValueError as e:
        e.args = ("modified",) + e.args
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e.args)
try:
    try:
        raise OSError("io")
    except OSError as e:
        err = e
    raise err
except OSError as e:
    print("raise stored:", e)
