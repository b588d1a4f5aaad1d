from datetime import date

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for d in [date(2024, 1, 2), date(2021, 1, 1), date(2024, 12, 30), date(2020, 12, 31), date(1, 1, 1), date(9999, 12, 31)]:
    print(d, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), d.ctime())
ic = date(2024, 1, 2).isocalendar()
y, w, wd = ic
print(ic.year, ic.week, ic.weekday, ic[0], ic[-1], len(ic), y, w, wd, list(ic))
print(ic == (2024, 1, 2), ic != (2024, 1, 2), ic < (2025, 0, 0), type(ic).__name__)
print(date.fromordinal(1), date.fromordinal(738887), date.fromordinal(3652059))
t(lambda: date.fromordinal(0))
t(lambda: date.fromordinal(3652060))
t(lambda: date.fromordinal(1.0))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 52, 7))
t(lambda: date.fromisocalendar(2024, 53, 1))
t(lambda: date.fromisocalendar(2024, 0, 1))
t(lambda: date.fromisocalendar(2024, 1, 8))
t(lambda: date.fromisocalendar(0, 1, 1))
t(lambda: date.fromisocalendar(9999, 52, 7))
t(lambda: date.fromisocalendar(2024, 1.0, 1))
d = date(2024, 1, 31)
print(d.replace(day=29), d.replace(2025), d.replace(month=3, year=2023))
t(lambda: d.replace(month=2))
t(lambda: d.replace(foo=1))
t(lambda: d.replace(month=13))
print(d.isoformat(), str(d), repr(d))
