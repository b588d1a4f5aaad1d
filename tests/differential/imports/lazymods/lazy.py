defined = "plain global"
calls = []


def __getattr__(name):
    calls.append(name)
    if name.startswith("computed_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (lazy)")
