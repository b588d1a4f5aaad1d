# Mapping patterns match subsets of keys, capture values, take **rest, and
# work with value patterns in nested positions; extra keys are allowed.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": str(k), **mods} if mods:
            return "key %s with %s" % (k, sorted(mods.items()))
        case {"type": "key", "key": k}:
            return "plain key %r" % (k,)
        case {"type": t}:
            return "unknown event type " + t
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll", "dy": -1},
    {"other": 1},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))
from collections import defaultdict
dd = defaultdict(int)
match dd:
    case {"missing": _}:
        print("defaultdict default used?!")
    case _:
        print("mapping patterns do not create keys:", dict(dd))
