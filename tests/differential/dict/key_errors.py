d = {"a": 1, 2: "b", (1, 2): "t"}
for k in ["z", 3, (1, 3), None, "", 2.0]:
    try:
        print(repr(k), d[k])
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError on del:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}]
except TypeError as e:
    print("TypeError:", e)
try:
    {"k": 1}["K"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
