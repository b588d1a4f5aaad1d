import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate("abc")))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain()), list(it.chain.from_iterable(["ab", [1], ()])))
