import itertools as it
tests = [lambda: it.count("a"), lambda: it.repeat(), lambda: it.islice([1], -1), lambda: it.islice([1]), lambda: it.islice([1], 1, 2, 0),
         lambda: it.islice([1], "a"), lambda: list(it.chain(1)), lambda: it.permutations([1], -1), lambda: it.combinations([1]),
         lambda: it.combinations([1], -1), lambda: it.product([1], repeat=-1), lambda: it.tee([1], -1), lambda: it.cycle(),
         lambda: it.accumulate(), lambda: it.compress([1]), lambda: it.starmap(len), lambda: it.pairwise(1), lambda: it.zip_longest(1),
         lambda: it.groupby(), lambda: it.takewhile(len), lambda: it.count(1, 2, 3), lambda: it.repeat(1, times="a"), lambda: next(it.repeat(1, 0))]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
