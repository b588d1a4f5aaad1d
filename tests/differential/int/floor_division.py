pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3), (-1, 3), (6, 3), (-6, 3), (10**20, 3), (-10**20, 7)]
for a, b in pairs:
    print(a, b, a // b)
print(7.5 // 2, -7.5 // 2, 7 // 2.0, -7 // 2.0)
print(1 // 0.3)
print(type(7 // 2).__name__, type(7 // 2.0).__name__)
print(True // 1, 5 // True)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.0 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
