# send(): the first send must be None; values flow in as the result of the
# yield expression; a running average coroutine.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count

g = averager()
print(next(g))
print(g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print(type(e).__name__, e.value)
g2 = averager()
try:
    g2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received
    return "finished"
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("c"))
try:
    e.send("d")
except StopIteration as s:
    print("done", s.value)
