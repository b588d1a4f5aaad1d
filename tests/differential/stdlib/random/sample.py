import random
random.seed(5)
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 8))
print(random.sample("abcdefghij", 4))
print(random.sample([1, 2, 3], 3), random.sample([1, 2, 3], 0))
print(random.sample(range(1000), 40))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(tuple(range(50)), k=20))
for args, kw in [(([1, 2], 3), {}), (([1, 2], -1), {}), (({1, 2, 3}, 2), {}), ((["a", "b"], 2), {"counts": [1]}), ((["a"], 1), {"counts": [0]}), ((["a"], 1), {"counts": [1.5]})]:
    try:
        print(random.sample(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
