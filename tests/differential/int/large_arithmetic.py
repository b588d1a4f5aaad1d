a = 123456789123456789123456789
b = 987654321987654321
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a ** 3)
print(divmod(a, -b))
fib = [0, 1]
for i in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[90], fib[100], fib[150])
print(fib[150] % 1000000007)
print(sum(fib[:151]))
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(fib[150], fib[149]), gcd(2**100, 6**40))
print(hash(5), hash(-1), hash(0), hash(2**61 - 1), hash(2**61), hash(-2**70))
