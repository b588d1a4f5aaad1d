nums = [5, 3, 8, 1, 9, 2]
print(list(map(lambda a, b: a * b, nums, range(10))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(sorted(nums, key=lambda v: (v % 3, v)))
print(max(nums, key=lambda v: -v), min(["aa", "b", "ccc"], key=len))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
print(memo_fib()(90))
