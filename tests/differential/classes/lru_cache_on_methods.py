# functools.lru_cache/cache decorating methods (the instance is part of the
# key, so repeat calls on one instance hit the cache) and cache_info/clear on
# a bounded cache.
import functools
class Temp:
    def __init__(self):
        self.calls = 0
    @functools.lru_cache(maxsize=None)
    def slow(self, x):
        self.calls += 1
        return x * 2
t = Temp()
print(t.slow(2), t.slow(2), t.slow(3), t.calls)
class Cfg:
    @functools.cache
    def get(self):
        return "cfg"
print(Cfg().get())
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
