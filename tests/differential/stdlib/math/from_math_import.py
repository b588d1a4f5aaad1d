from math import sqrt, pi
from math import floor, ceil, inf
def circle_area(r):
    return pi * r * r
def dist(p, q):
    return sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
print(circle_area(1), circle_area(2.5))
print(dist((0, 0), (3, 4)), dist((1, 1), (2, 2)))
print(floor(-0.5), ceil(-0.5), inf, sqrt(2) * sqrt(2) == 2, abs(sqrt(2) ** 2 - 2) < 1e-12)
print([floor(sqrt(n)) for n in range(20)])
