def validate(items):
    total = 0
    for i in items:
        assert isinstance(i, int), f"bad item {i!r}"
        total += i
    return total
print(validate([1, 2, 3]))
print("about to fail")
print(validate([1, "two", 3]))
print("unreachable")
