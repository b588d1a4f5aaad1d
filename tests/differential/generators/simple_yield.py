def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "end"))
def trace():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
for v in trace():
    print("got", v)
def squares(seq):
    for x in seq:
        yield x * x
print(list(squares([1, 2, 3])), max(squares(range(-5, 3))))
