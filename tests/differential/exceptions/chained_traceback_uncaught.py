# An uncaught exception with a cause exits with status 1 and prints the
# chained traceback on stderr; stdout shows what ran before.
class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e
print(parse("12"))
try:
    parse("zz")
except ConfigError as e:
    print("caught once:", e, "| cause:", type(e.__cause__).__name__)
print("now uncaught")
parse("nope")
print("never printed")
