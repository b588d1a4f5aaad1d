# A generator that falls off its end after send(x) raises StopIteration
# with value None, not the value sent.
def echo():
    yield "first"
e = echo()
next(e)
try:
    e.send("d")
except StopIteration as s:
    print("done", s.value)
