print(1 / 2, 2 / 1, -1 / 2, 7 / -2, 0 / 5)
print(10 / 4, 9 / 3, 1 / 3, 2 / 3, 100 / 7)
print(2 ** 70 / 2 ** 69, (2**70 + 1) / 2)
print(10 ** 25 / 10 ** 5)
for d in [0, 0.0]:
    try:
        print(1 / d)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
x = 10
x /= 4
print(x, type(x).__name__)
