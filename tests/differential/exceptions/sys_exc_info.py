# sys.exc_info() and sys.exception() report the exception being handled,
# and nothing outside a handler.
import sys

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb.tb_lineno, sys.exception() is e)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
