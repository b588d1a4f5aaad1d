def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("level2 wrong handler")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", repr(e))
        return "recovered"
print(level1())
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("inner caught", e)
        raise TypeError("converted")
except TypeError as e:
    print("outer caught", e)
try:
    try:
        raise IndexError("reraised")
    except IndexError:
        print("logging then re-raising")
        raise
except LookupError as e:
    print("got it again:", type(e).__name__, e)
