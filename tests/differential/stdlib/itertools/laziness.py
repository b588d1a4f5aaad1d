import itertools as it
log = []
def gen():
    for i in range(5):
        log.append(i)
        yield i
m = map(lambda x: x * 10, it.takewhile(lambda x: x < 3, gen()))
print(log); print(next(m), log); print(list(m), log)
c = it.chain(gen(), gen()); print(next(c), log)
print(list(it.islice(it.cycle(gen()), 7)))
