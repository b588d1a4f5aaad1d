import math
import json


def area(r):
    return math.pi * r * r


math.precision = 3  # the program's own attribute: fine
print(area(2), math.precision, json.dumps([1]))
print(json.JSONDecoder().decode("[1]"))
