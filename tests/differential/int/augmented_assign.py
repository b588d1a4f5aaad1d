a = 10
a += 5; print(a)
a -= 20; print(a)
a *= -3; print(a)
a //= 4; print(a)
a %= 7; print(a)
a **= 40; print(a)
a -= a + 1; print(a)
b = 2 ** 64
b += 1; print(b)
b -= 2 ** 64; print(b, type(b).__name__)
c = 7
c /= 2; print(c)
lst = [1, 2]
lst[0] += 10
print(lst)
