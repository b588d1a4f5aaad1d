sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in sq.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({w: len(w) for w in words})
print({i: {j: i + j for j in range(2)} for i in range(2)})
