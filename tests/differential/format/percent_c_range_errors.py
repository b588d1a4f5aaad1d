# "%c" range and type errors: a huge int (direct or from __index__) is an
# OverflowError; floats and longer strings are TypeErrors.
class Big:
    def __index__(self):
        return 2 ** 70
for v in [Big(), 2 ** 70, -1, 2.0, "ab", True]:
    try:
        print(repr("%c" % v))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
