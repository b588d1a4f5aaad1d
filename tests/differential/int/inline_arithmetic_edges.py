# Small-int and float arithmetic and comparisons at the edges of the inline
# fast paths: 48-bit boundaries, int/float mixes, zeros, inf and nan.
xs = [0, 1, -1, 7, -7, 2**46, -2**46, 2**47 - 1, -2**47, 3, 2**23, 2**24+1]
fs = [0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("-inf"), float("nan"), 1e-310]
for a in xs:
    for b in xs:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append(str(e))
        r += [a < b, a <= b, a == b, a != b, a > b, a >= b]
        print(r)
for a in xs + fs:
    for b in fs + xs:
        r = [a + b, a - b, a * b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append(str(e))
        r += [a < b, a <= b, a == b, a != b, a > b, a >= b]
        print(r)
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
