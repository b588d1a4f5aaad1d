print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: "x", 1: "y"}), sorted({5, 3, 9}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data))
print(sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(sorted([]), sorted([[2, 1], [1, 2], [1]]))
original = [2, 1]
s = sorted(original)
print(original, s, s is original)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
