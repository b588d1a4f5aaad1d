from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted("banana", key=cmp_to_key(cmp)))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(1), K(1) >= K(2), K(1) == K(1), K(1) != K(1))
print(max([5, 9, 2], key=cmp_to_key(cmp)), min(["b", "a"], key=cmp_to_key(cmp)))
