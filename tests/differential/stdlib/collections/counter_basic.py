from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["zz"], len(c), "zz" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), sorted(c.elements()))
print(Counter({"x": 2, "y": 5}), Counter(a=1, b=2), Counter(), Counter(["b", "a", "b", "c", "a", "b"]))
c.update("aaz"); print(c); c.update({"z": 10}); print(c)
c.subtract(a=100); print(c, c.total())
del c["z"]; print(c)
