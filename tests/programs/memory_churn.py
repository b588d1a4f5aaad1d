# Allocates over 5 GB in total of short-lived objects (each round makes about
# 1 MB of 1000-char strings, 0.9 MB of repeated digit strings, instances,
# lists, big integers and closures; 3000 rounds): lists, strings,
# instances, big integers and closures. Peak RSS must stay small, which only
# holds if the collector really reclaims them.
class Node:
    def __init__(self, value, payload):
        self.value = value
        self.payload = payload


def make_adder(n):
    def add(x):
        return x + n
    return add


total = 0
big = 2 ** 200
for round_ in range(3000):
    items = [Node(i, "x" * (1000 + i % 2)) for i in range(1000)]
    words = [str(i) * 300 for i in range(1000)]
    bigs = [big * i for i in range(200)]
    adders = [make_adder(i) for i in range(200)]
    total += len(items) + len(words[-1]) + bigs[-1] % 7 + adders[-1](1)
print(total)
