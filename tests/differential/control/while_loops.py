i = 0
while i < 5:
    print("i =", i)
    i += 1
n = 100
steps = 0
while n > 1:
    n = n // 2
    steps += 1
print("steps", steps)
a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
k = 10
while k:
    k -= 3 if k > 3 else k
print("k", k)
