# super(Class, obj) with explicit arguments skips part of the MRO.
class Base:
    def greet(self):
        return "Base"
class Left(Base):
    def greet(self):
        return "Left+" + super().greet()
class Right(Base):
    def greet(self):
        return "Right+" + super().greet()
class Child(Left, Right):
    def greet(self):
        return "Child+" + super().greet()
    def skip_left(self):
        return super(Left, self).greet()
    def skip_to_base(self):
        return super(Right, self).greet()

c = Child()
print(c.greet())
print(c.skip_left())
print(c.skip_to_base())
print(super(Child, c).greet())
print(super(Left, c).greet())

class Counter:
    made = 0
    def __init__(self):
        Counter.made += 1
class Named(Counter):
    def __init__(self, name):
        super(Named, self).__init__()
        self.name = name
n = Named("x")
print(n.name, Counter.made)
