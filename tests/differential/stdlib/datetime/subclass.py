from datetime import date, datetime, timedelta

class D(date):
    def describe(self):
        return f"day {self.day} of {self.month}"

class DT(datetime):
    pass

class TD(timedelta):
    pass

d = D(2024, 1, 31)
print(repr(d), d, d.describe(), isinstance(d, date), type(d).__name__)
e = d + timedelta(1)
print(repr(e), type(e).__name__, e.describe())
print(repr(d.replace(day=1)), repr(D.fromordinal(5)), repr(D.fromisoformat("2024-03-04")), repr(D.fromisocalendar(2024, 2, 1)))
print(repr(d - timedelta(days=31)), repr(d - date(2024, 1, 1)), d == date(2024, 1, 31))
x = DT(2024, 1, 2, 3, 4)
print(repr(x), x, type(x + timedelta(hours=1)).__name__, repr(x.replace(minute=0)), repr(DT.combine(date(2024, 1, 1), x.time())))
print(repr(TD(hours=1)), type(TD(1) + TD(1)).__name__, type(-TD(1)).__name__, TD(1) == timedelta(1))
