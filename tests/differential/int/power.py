print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 5).__name__)
print(3 ** 40)
print(7 ** 77)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5)
print(1 ** 1000000, (-1) ** 1000001)
print(0 ** 5)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(2, 100, 1000007))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
x = 5
x **= 3
print(x)
print(2 ** 3 ** 2)
