from collections.abc import Iterable, Iterator


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(iter(c) is c, list(c), isinstance(c, Iterable), isinstance(c, Iterator))


class NotDone(Iterator):
    pass


try:
    NotDone()
except TypeError as e:
    print("TypeError:", e)
print(sum(Countdown(4)), sorted(Countdown(3)))
