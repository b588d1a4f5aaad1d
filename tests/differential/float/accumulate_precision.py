total = 0.0
for i in range(100):
    total += 0.01
print(total)
print(sum([0.1] * 10))
vals = [1e100, 1.0, -1e100]
print(sum(vals))
mean = sum([1.5, 2.5, 3.5, 4.5]) / 4
print(mean)
var = sum((x - mean) ** 2 for x in [1.5, 2.5, 3.5, 4.5]) / 4
print(var, var ** 0.5)
c = 0.0
for k in range(1, 20):
    c = c * 1.5 + k / 3
print(c)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
