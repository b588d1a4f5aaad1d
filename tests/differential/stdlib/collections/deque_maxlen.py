from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1); print(d, d.maxlen, deque([1]).maxlen)
e = deque(range(10), 4); print(e); e.extendleft([100, 200]); print(e)
z = deque([1, 2], maxlen=0); print(z)
print(deque("ab") + deque("cd"), repr(deque()))
