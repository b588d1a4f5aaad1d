from collections import Counter
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a & b, a | b)
print(Counter(x=-2) + Counter(), Counter() - Counter(x=-2))
print(a == Counter(a=3, b=1, c=0), a != b)
words = "one two three two three three".split()
print(Counter(words).most_common(1), sorted(Counter(words)))
