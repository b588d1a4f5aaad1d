# Each NaN is its own object (3.10+ hashes NaN by identity): a NaN key is
# found by itself, not by a different NaN.
nan = float("nan")
d = {nan: 1}
print(nan in d, float("nan") in d)
