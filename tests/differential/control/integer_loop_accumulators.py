count = 0
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c < 30 and c * c == c2:
            count += 1
            print("triple", a, b, c)
print("count", count)
n = 0
s = 0
while s < 1000:
    n += 1
    s += n * n
print(n, s)
