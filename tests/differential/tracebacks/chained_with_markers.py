# `raise ... from` prints both tracebacks, each with its markers.
class ConfigError(Exception):
    pass

def parse(settings, key):
    try:
        return int(settings[key])
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e

print(parse({"port": "80"}, "port"))
parse({}, "host")
