# Instances, attribute access and method calls on known classes.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scaled(dt))


particles = [Particle(Vector(i, -i), Vector(1, 2)) for i in range(1000)]
for _ in range(300):
    for p in particles:
        p.step(1)
energy = 0
for p in particles:
    energy += p.pos.dot(p.pos)
print(energy)
