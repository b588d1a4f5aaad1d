# A generator that falls off its end after being resumed by send(x) must raise
# StopIteration with value None. Molt's StopIteration carries the sent value:
# CPython prints "done None", Molt prints "done d".
def echo():
    yield "first"
e = echo()
next(e)
try:
    e.send("d")
except StopIteration as s:
    print("done", s.value)
