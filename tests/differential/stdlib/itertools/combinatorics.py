import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product("ab", repeat=2)), list(it.product()), list(it.product("a", [])))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations([], 0)), list(it.permutations([1], 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([1], 0)))
print(len(list(it.permutations(range(6)))), len(list(it.product(range(3), repeat=4))))
