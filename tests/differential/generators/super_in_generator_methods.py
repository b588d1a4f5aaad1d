# super() inside generator methods (with yield from), in lambdas with explicit
# arguments, a super object stored and used later, and __iter__ written as a
# generator over instance state (exhausted after one pass).
class Base:
    def items(self):
        yield "base1"
        yield "base2"
    def name(self):
        return "Base"
class Child(Base):
    def items(self):
        yield "child"
        yield from super().items()
    def names(self):
        f = lambda: super(Child, self).name()
        return [f() for _ in range(2)]
    def deferred(self):
        sup = super()
        return lambda: sup.name()
print(list(Child().items()), Child().names(), Child().deferred()())
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        while self.n < 3:
            self.n += 1
            yield self.n
c = Counter()
print(list(c), list(c), c.n)
