# Class-based decorators with __call__, decorators keeping state across
# calls, and memoization with a dict.
import functools
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def square(x):
    """Square it."""
    return x * x

print(square(3), square(4), square.calls, square.__name__, square.__doc__)

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

def trace(fn):
    depth = [0]
    @functools.wraps(fn)
    def wrapper(*a):
        print("  " * depth[0] + "call %s%r" % (fn.__name__, a))
        depth[0] += 1
        try:
            return fn(*a)
        finally:
            depth[0] -= 1
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
