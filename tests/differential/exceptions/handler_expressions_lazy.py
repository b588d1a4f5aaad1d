# except clauses are evaluated lazily, in order, only while looking for a
# match: handler expressions can be calls, a bad entry raises TypeError when
# reached, and clauses of a try that did not raise are never evaluated.
def pick(n):
    print("  evaluating handler", n)
    return (KeyError, IndexError)[n]
try:
    [][0]
except pick(0):
    print("no")
except pick(1) as e:
    print("caught", type(e).__name__)
try:
    try:
        {}["x"]
    except (ValueError, "notaclass"):
        print("no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    pass
except undefined_name:
    print("never evaluated")
print("done")
