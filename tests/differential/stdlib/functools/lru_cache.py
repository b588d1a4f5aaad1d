import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(n):
    print("compute", n)
    return n * n
for i in [1, 2, 1, 3, 2, 1]:
    sq(i)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@functools.lru_cache
def plain(x, y=1):
    return x + y
print(plain(1), plain(1), plain(1, y=1), plain.cache_info(), plain.__name__)
@functools.cache
def c(x):
    return x * 2
print(c(2), c(2), c.cache_info())
@functools.lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
