from collections import deque
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
          lambda: deque(maxlen=-1), lambda: deque([1])["a"], lambda: deque(1), 
          lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1]).index(3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
