from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    def heavier_than(self, other):
        return self.mass > other.mass

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return "m/s^2"

for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2), Planet.unit())
print(Planet.EARTH.heavier_than(Planet.VENUS), Planet.heaviest())

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def __str__(self):
        return self.value.upper()
    def toggle(self):
        return Status.INACTIVE if self is Status.ACTIVE else Status.ACTIVE
print(Status.ACTIVE, Status.ACTIVE.toggle(), repr(Status.INACTIVE.toggle()))
