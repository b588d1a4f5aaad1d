# Every entry of an except tuple is checked before matching: a non-class
# entry raises TypeError ("catching classes that do not inherit from
# BaseException is not allowed") even when an earlier entry would match.
try:
    raise KeyError("ok")
except (KeyError, "never checked") as e:
    print("matched", repr(e))
