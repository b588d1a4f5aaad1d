a = [5, 2, 9, 1, 5, 6, -3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted("zyx"), sorted((3, 1)), sorted({3: 0, 1: 0}))
r = a.sort()
print(r)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
nums = [1.5, -2, 3, 0, -0.5, 2 ** 65]
print(sorted(nums), sorted(nums, key=abs))
