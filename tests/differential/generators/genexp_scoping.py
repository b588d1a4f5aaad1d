# Generator expressions: the first iterable is evaluated immediately, the
# rest lazily; variables are looked up when the genexp runs; a genexp can be
# consumed only once.
def source(name, items):
    print("  evaluating", name)
    return items
g = (x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("genexp created")
print(list(g))
print(list(g))
k = 1
h = (x * k for x in range(3))
k = 100
print(list(h))
try:
    bad = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
lazy_err = (1 / x for x in [1, 0])
print(next(lazy_err))
try:
    next(lazy_err)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sum(x for x in range(5)), max((len(w), w) for w in "a bb ccc".split()))
print(sorted((x % 3 for x in range(7)), reverse=True), tuple(c for c in "hi"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
gen = (x for x in [1])
print(type(gen).__name__, iter(gen) is gen)
