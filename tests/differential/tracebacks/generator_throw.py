# throw() into a suspended generator: the generator frame shows its yield.
def worker():
    while True:
        job = yield
        print("job", job)

w = worker()
next(w)
w.send("a")
w.throw(KeyError("stop"))
