# Since 3.10 hash(float('nan')) depends on the object's identity, so a different NaN
# object is not found in a dict/set keyed by another NaN. CPython prints "True False";
# Molt prints "True True": a fresh NaN is found in the dict.
nan = float("nan")
d = {nan: 1}
print(nan in d, float("nan") in d)
