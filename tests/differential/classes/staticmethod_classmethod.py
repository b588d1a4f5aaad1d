# staticmethod and classmethod called on the class and on instances,
# alternative constructors, and cls in subclasses.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def describe(cls):
        return "%s(count=%d)" % (cls.__name__, cls.count)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class Holiday(Date):
    count = 0

print(Date.from_string("2024-02-29"), Holiday.from_string("2023-12-25"))
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
print(Date.describe(), Holiday.describe(), Holiday(2, 2, 2).describe())
f = Date.from_string
print(f("1-2-3"), type(Date.__dict__ if False else Date.is_leap).__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    size = sm
    name = cm
print(Late.size("abcd"), Late().name(), Late.name())
