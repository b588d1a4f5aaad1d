import datetime
from datetime import date

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day)
print(date(year=1999, month=12, day=31), date(2000, day=29, month=2))
print(date.min, date.max, date.resolution, datetime.MINYEAR, datetime.MAXYEAR)
print(type(d), type(d).__name__, isinstance(d, date))
t(lambda: date(2024, 13, 1))
t(lambda: date(2024, 0, 1))
t(lambda: date(2023, 2, 29))
t(lambda: date(2024, 4, 31))
t(lambda: date(0, 1, 1))
t(lambda: date(10000, 1, 1))
t(lambda: date(2024.0, 1, 1))
t(lambda: date("2024", 1, 1))
t(lambda: date(2024, 1))
t(lambda: date(2024, 1, 1, 1))
t(lambda: date(year=2024, month=1, dy=1))
t(lambda: date(2024, 1, 1, year=3))
t(lambda: date(True, 1, 1))
t(lambda: date(2**70, 1, 1))
t(lambda: date(2024, 1, 1).foo)
t(lambda: date(2024, 2, 29))
