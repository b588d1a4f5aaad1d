for a in [17, -17, 0, 1, 2**65 + 3]:
    for b in [5, -5, 1, 2**33]:
        print(a, b, divmod(a, b))
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(7, 2.5))
q, r = divmod(100, 7)
print(q * 7 + r)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
