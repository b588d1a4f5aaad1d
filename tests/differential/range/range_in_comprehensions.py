evens = [i for i in range(0, 21, 2)]
print(evens)
print(list(range(len("hello"))), [("hello"[i], i) for i in range(0, 5, 2)])
tri = [[j for j in range(i)] for i in range(5)]
print(tri)
print(sum(i * i for i in range(1, 11)), max(range(-3, 3), key=abs))
r = range(100)
print(r[10:20:3], list(r[10:20:3]), r[-5:], list(r[-5:]))
print(range(3) == range(0, 3, 1), range(1, 2) != range(1, 3), list(range(3)) == [0, 1, 2])
print(range(0, 10, 3).index(9), 6 in range(0, 10, 3))
