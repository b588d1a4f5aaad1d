# A failed unpacking marks the assignment targets.
pairs = [(1, 2), (3, 4, 5)]
for p in pairs:
    a, b = p
    print(a, b)
