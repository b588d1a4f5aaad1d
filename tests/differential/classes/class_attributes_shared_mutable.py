# Class attributes are shared by all instances until an instance assigns
# its own; a mutable class attribute is shared even when mutated through an
# instance; subclasses see later changes to base class attributes.
class Team:
    members = []
    size = 0
    def join(self, name):
        self.members.append(name)
        self.size += 1
a, b = Team(), Team()
a.join("x")
b.join("y")
print(Team.members, a.size, b.size, Team.size)
class Better:
    def __init__(self):
        self.members = []
c, d = Better(), Better()
c.members.append(1)
print(c.members, d.members)
class Base:
    limit = 5
class Child(Base):
    pass
print(Child.limit)
Base.limit = 10
print(Child.limit, Child().limit)
Child.limit = 1
print(Base.limit, Child.limit)
del Child.limit
print(Child.limit)
obj = Child()
obj.limit = 99
Base.limit = 7
print(obj.limit, Child().limit)
