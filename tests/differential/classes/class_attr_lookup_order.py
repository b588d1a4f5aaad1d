class Base:
    kind = "base"
    def who(self):
        return "Base.who"
    def call_who(self):
        return self.who()
class Child(Base):
    kind = "child"
    def who(self):
        return "Child.who"
class GrandChild(Child):
    pass
for obj in [Base(), Child(), GrandChild()]:
    print(type(obj).__name__, obj.kind, obj.who(), obj.call_who())
g = GrandChild()
g.kind = "instance"
print(g.kind, GrandChild.kind, Child.kind, Base.kind)
