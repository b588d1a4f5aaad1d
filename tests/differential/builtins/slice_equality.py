# Slices compare by (start, stop, step).
print(slice(2, None) == slice(2, None, None), slice(1, 2) == slice(1, 3))
