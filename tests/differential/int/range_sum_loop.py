total = 0
for i in range(1, 100001):
    total += i * i
print(total)
acc = 1
for i in range(1, 60):
    acc = acc * 2 + i
print(acc)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
print(sum(range(10 ** 6, 10 ** 6 + 10)))
