s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.update([4, 5], (6,), range(7, 9))
print(s)
s.discard(100)
s.discard(1)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s |= {20}
s &= {3, 4, 5, 20, 30}
print(sorted(s))
s -= {3}
s ^= {4, 99}
print(sorted(s))
x = s.pop()
print(x in s, len(s))
c = s.copy()
c.add(-1)
print(sorted(s), sorted(c))
s.clear()
print(s, len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
