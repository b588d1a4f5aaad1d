# Bound methods: __self__, __func__, equality, storing and calling later,
# functions stored on instances are not bound, unbound calls via the class.
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter(10)
m = c.inc
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc, m.__name__, m.__qualname__)
print(c.inc == Counter(10).inc, c.inc.__self__ is m.__self__)
print(Counter.inc(c, 100))
ops = [c.inc, Counter(0).inc]
print([op(2) for op in ops])
c.helper = lambda x: x * 2
print(c.helper(21))
def free(self):
    return "free:" + type(self).__name__
Counter.free = free
print(c.free(), Counter.free(c))
try:
    Counter.inc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.inc(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(m).__name__, type(Counter.inc).__name__)
print(list(map(Counter(0).inc, [1, 2, 3])))
