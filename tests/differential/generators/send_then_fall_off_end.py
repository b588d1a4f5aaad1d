# A generator that ends without `return` gives StopIteration with value
# None, whatever value was last sent in; `return x` gives x.
def echo():
    got = yield "first"
    print("got", got)


e = echo()
print(next(e))
try:
    e.send("d")
except StopIteration as s:
    print("done", s.value, s.args)


def ret():
    x = yield 1
    return x * 2


r = ret()
next(r)
try:
    r.send(21)
except StopIteration as s:
    print("returned", s.value)
