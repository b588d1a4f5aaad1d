import random
random.seed(314)
print([round(random.uniform(1, 3), 12) for _ in range(3)], random.uniform(5, -5))
print(random.gauss(), random.gauss(), random.gauss(10, 2), random.gauss(mu=1, sigma=0.1))
print(random.normalvariate(), random.normalvariate(100, 15))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 8), random.triangular(3, 3, 3))
print(random.expovariate(1.5), random.expovariate(0.1))
print(random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2))
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    random.uniform("a", 1)
except TypeError as e:
    print(type(e).__name__)
