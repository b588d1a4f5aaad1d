import random
random.seed(11)
print(random.choices("abc", k=10))
print(random.choices(range(5), weights=[5, 1, 1, 1, 10], k=10))
print(random.choices(["x", "y", "z"], cum_weights=[1, 1.5, 10], k=8))
print(random.choices([1, 2], [0.3, 0.7], k=6))
print(random.choices("ab"))
for kw in [{"weights": [1], "k": 2}, {"weights": [0, 0]}, {"weights": [1, 1], "cum_weights": [1, 2]}, {"weights": [1, float("inf")]}]:
    try:
        print(random.choices("ab", **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.choices("ab", 3)
except TypeError as e:
    print(type(e).__name__, e)
