pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (3, 3), (2**70, 13), (-2**70, 13), (13, 2**70), (-13, 2**70)]
for a, b in pairs:
    print(a, "%", b, "=", a % b)
print(7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-0.0 % 5, 5 % 2.5)
print(1e20 % 3)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
