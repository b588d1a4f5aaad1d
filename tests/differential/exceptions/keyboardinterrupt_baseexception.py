# `except Exception` does not catch BaseException subclasses like SystemExit,
# KeyboardInterrupt and GeneratorExit; `except BaseException` does.
for exc in (KeyboardInterrupt, SystemExit(3), GeneratorExit, ValueError("v")):
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception handler:", type(e).__name__)
    except BaseException as e:
        print("BaseException handler:", type(e).__name__, e.args)
class Custom(BaseException):
    pass
try:
    try:
        raise Custom("deep")
    except Exception:
        print("not here")
except Custom as c:
    print("custom base:", c)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print([k.__name__ for k in KeyError.__mro__])
print([k.__name__ for k in ZeroDivisionError.__mro__])
print([k.__name__ for k in UnicodeDecodeError.__mro__])
