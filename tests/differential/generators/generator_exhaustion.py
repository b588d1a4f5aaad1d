g = (i for i in range(3))
print(list(g), list(g), sum(g))
def gen():
    yield "a"
    yield "b"
x = gen()
print(next(x), next(x))
try:
    next(x)
except StopIteration:
    print("StopIteration raised")
print(next(x, None))
nums = iter([1, 2, 3, 4])
print(3 in nums, list(nums))
z = zip(gen(), gen())
print(list(z), list(z))
