class ConfigError(Exception):
    pass
def load(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError(f"bad config {value!r}") from e
try:
    load("x")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print("from None:", e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
print(load("42"))
