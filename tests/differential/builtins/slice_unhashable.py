# Slices are unhashable in 3.11.
try:
    hash(slice(1, 2))
    print("hashed")
except TypeError as e:
    print(e)
