x = 5
print(-x, +x, -(-x), ~x, abs(-x))
print(-0, +0, -(2**100), +(2**100))
print(not 0, not 5, not -1)
print(-True, +False, ~True)
y = -2 ** 63
print(y, -y, abs(y), y - 1)
