def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        raise KeyError("k")
    if kind == "class":
        raise IndexError
    return "fine"
for kind in ["value", "type", "key", "class", "none"]:
    try:
        print(risky(kind))
    except ValueError as e:
        print("ValueError handler:", e)
    except (TypeError, KeyError) as e:
        print("tuple handler:", type(e).__name__, e)
    except Exception as e:
        print("generic handler:", type(e).__name__, repr(e), str(e) == "")
