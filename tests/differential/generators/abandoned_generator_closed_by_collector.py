# A generator abandoned while suspended in try/finally is closed when it is
# collected, as the language reference requires: CPython does it at once
# (reference counting), Molt when its collector next runs (here during the
# allocations that follow), so the cleanup has run by the end either way.
cleaned = []

def lines(name):
    try:
        yield name + ":1"
        yield name + ":2"
    finally:
        cleaned.append(name)

def first_line(name):
    for line in lines(name):
        return line

print(first_line("a"), first_line("b"))
blocks = []
for i in range(64):
    blocks.append([i] * 50000)
print(len(blocks), sorted(cleaned))
