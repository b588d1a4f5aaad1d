# AttributeError on a read marks the attribute expression.
class Point:
    def __init__(self):
        self.x = 1

p = Point()
print(p.x)
print(p.x + p.y)
