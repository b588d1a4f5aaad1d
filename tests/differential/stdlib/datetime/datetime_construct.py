from datetime import datetime, date, time, timezone, timedelta

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = datetime(2024, 1, 2, 3, 4, 5, 6)
print(d, repr(d), d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5)), repr(datetime(2024, 1, 2, 0, 0, 0, 1)))
print(repr(datetime(2024, 1, 2, tzinfo=timezone.utc)), repr(datetime(2024, 1, 2, fold=1)))
print(datetime.min, datetime.max, datetime.resolution)
print(isinstance(d, date), isinstance(d, datetime), issubclass(datetime, date), type(d).__name__)
print(repr(d.date()), repr(d.time()), repr(d.timetz()), repr(datetime(2024, 1, 2, 5, tzinfo=timezone.utc).timetz()))
print(repr(datetime.combine(date(2024, 5, 6), time(7, 8))), repr(datetime.combine(date(2024, 5, 6), time(7, 8, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2024, 5, 6), time(7), tzinfo=timezone.utc)), repr(datetime.combine(d, time(1))))
print(repr(d.replace(year=2000, microsecond=0)), repr(d.replace(tzinfo=timezone.utc)), repr(d.replace(day=31, hour=23)))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(repr(datetime.fromordinal(738887)), repr(datetime.fromisocalendar(2024, 1, 2)))
t(lambda: datetime(2024, 1, 1, 25))
t(lambda: datetime(2024, 1))
t(lambda: datetime(2024, 2, 30))
t(lambda: datetime(2024, 1, 1, 1, 2, 3, 4, 5))
t(lambda: datetime(2024, 1, 1, 1, 2, 3, 4, None, 1))
t(lambda: datetime(2024, 1, 1, tzinfo="utc"))
t(lambda: datetime.combine(1, time()))
t(lambda: datetime.combine(date(2024, 1, 1), 1))
t(lambda: datetime.combine(date(2024, 1, 1), time(), 5))
t(lambda: d.replace(month=2, day=30))
t(lambda: d.replace(second=60))
t(lambda: d.replace(bad=1))
