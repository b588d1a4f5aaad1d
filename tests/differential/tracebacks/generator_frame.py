# An exception inside a generator shows the consumer's `for` line and the
# generator's own frame.
def numbers():
    yield 1
    yield 2
    raise ValueError("exhausted")

for n in numbers():
    print(n)
