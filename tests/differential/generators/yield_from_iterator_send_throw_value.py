# `yield from` over an iterator class with send() and throw(): values sent in
# reach its send(), and a StopIteration raised by send() or throw() ends the
# delegation with that StopIteration's value.
class Echo:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return "first"
    def send(self, v):
        self.log.append(v)
        if v == "stop":
            raise StopIteration("sent-stop")
        return "got " + str(v)
    def throw(self, e):
        raise StopIteration(("thrown", type(e).__name__))
def outer(inner):
    r = yield from inner
    yield ("result", r)
e = Echo()
g = outer(e)
print(next(g), g.send(1), g.send("stop"), e.log)
g = outer(Echo())
print(next(g), g.throw(KeyError("k")))
def over_list():
    r = yield from [1, 2]
    yield r
print(list(over_list()))
def nested():
    def inner():
        yield 1
        return "inner-ret"
    r = yield from inner()
    yield r
print(list(nested()))
