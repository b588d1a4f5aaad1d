# traceback.format_exc() inside a handler: the text an uncaught exception
# would print, as one string (lines stripped on both sides).
import traceback

def parse(v):
    return int(v)

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            print(traceback.format_exc())
    return out

print(load(["1", "x", "3"]))
