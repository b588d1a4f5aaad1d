students = {
    "math": {1, 2, 3, 5, 8},
    "art": {2, 3, 4},
    "music": {5, 6, 7, 8},
}
print("all:", sorted(set().union(*students.values())))
print("math & art:", sorted(students["math"] & students["art"]))
print("only math:", sorted(students["math"] - students["art"] - students["music"]))
print("in exactly one:", sorted(students["math"] ^ students["art"] ^ students["music"]))
counts = {}
for cls in students.values():
    for s in cls:
        counts[s] = counts.get(s, 0) + 1
print("multi-class:", sorted(s for s, n in counts.items() if n > 1))
print(students["art"] < {1, 2, 3, 4}, students["art"].isdisjoint(students["music"]))
print(len(students["math"] | students["music"]), {1, 2} == frozenset({2, 1}))
