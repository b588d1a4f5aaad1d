import operator
from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(operator.add, ["a", "b", "c"]))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])), sorted({"x": 3, "y": 1}.items(), key=operator.itemgetter(1)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
