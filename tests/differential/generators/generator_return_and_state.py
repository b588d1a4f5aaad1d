def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def limited(n):
    for i in range(n):
        if i == 3:
            return
        yield i
print(list(limited(10)))
def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield (a, b)
print(list(pairs([1, 2, 3, 4, 5])))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total([3, 1, 4, 1, 5])))
