# slices are unhashable in 3.11: CPython prints "unhashable type: 'slice'"; Molt hashes them.
try:
    hash(slice(1, 2))
    print("hashed")
except TypeError as e:
    print(e)
