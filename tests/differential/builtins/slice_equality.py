# slice objects compare by (start, stop, step): CPython prints "True False";
# Molt prints "False False" (identity comparison).
print(slice(2, None) == slice(2, None, None), slice(1, 2) == slice(1, 3))
