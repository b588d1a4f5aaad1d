t = (1, [2, 3], "x")
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
t[1].append(4)
print(t)
u = t
t += (5,)
print(t, u, t is u)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
