# A hand-written JSON-like serializer and pretty printer.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dump(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value != value:
            raise ValueError("NaN is not JSON")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(inner + escape(k) + ": " + dump(v, indent + step, step))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


def compact(value):
    if isinstance(value, dict):
        return "{" + ",".join(escape(k) + ":" + compact(v) for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(compact(v) for v in value) + "]"
    return dump(value)


doc = {
    "name": "molt",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "big": 2 ** 70,
    "tags": ["compiler", "python", "aot"],
    "nested": {"empty_list": [], "empty_obj": {}, "quote": 'say "hi"\n\ttab', "deep": [[1, [2, {"x": -1.5e-7}]]]},
}
print(dump(doc))
print(compact(doc))
print(dump([]), dump({}), dump("\x01"), dump(1e16))
for bad in [{1: "int key"}, [float("nan")], {"s": {1, 2}}]:
    try:
        dump(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
