# An iterable class returning a separate iterator object, versus a class that
# is its own iterator (exhausted after one pass); StopIteration ends for
# loops; iter() checks __next__ exists.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), sum(c), [x * y for x in c for y in c if x == y])
it = iter(c)
print(next(it), next(it), list(it), list(it))
a, b, cc = Countdown(3)
print(a, b, cc)
try:
    x, y = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    pass
try:
    for _ in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(dict(zip(Countdown(2), "ab")), max(Countdown(4)), "-".join(map(str, Countdown(3))))
