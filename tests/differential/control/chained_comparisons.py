x = 5
print(1 < x < 10, 1 < x > 3, 5 <= x <= 5, 0 < x < 3, x == 5 == 5.0, 1 < 2 > 1 < 2)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print("a" < "b" < "c", [1] < [2] < [3])
print(1 == 1 != 2, 1 != 2 != 1, 3 > 2 == 2)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(3) == v(3))
a, b, c = 2, 2, 3
print(a is b, a == b < c, a in [1, 2] in [[1, 2]], not a < b)
