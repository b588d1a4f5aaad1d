from datetime import time, timezone, timedelta

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = time(3, 4, 5, 6)
print(x, repr(x), x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), repr(time(1, fold=1)))
print(time.min, time.max, time.resolution)
tz = time(12, 30, tzinfo=timezone.utc)
print(tz, repr(tz), tz.utcoffset(), tz.tzname(), tz.dst())
print(time(1, tzinfo=timezone(timedelta(hours=-1, microseconds=1))))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, x.isoformat(spec), time(1, 2).isoformat(timespec=spec))
t(lambda: x.isoformat("x"))
print(x.replace(hour=23), x.replace(microsecond=0), x.replace(tzinfo=timezone.utc), tz.replace(tzinfo=None))
t(lambda: time(24))
t(lambda: time(1, 60))
t(lambda: time(1, 1, 60))
t(lambda: time(1, 1, 1, 10**6))
t(lambda: time(fold=2))
t(lambda: time(tzinfo=1))
t(lambda: time(1, 2, 3, 4, None, 5))
t(lambda: x.replace(hour=-1))
print(time(1) < time(2), time(1) == time(1, fold=1), time(1, 2) > time(1, 1, 59))
print(time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))))
print(time(12, tzinfo=timezone.utc) < time(12, tzinfo=timezone(timedelta(hours=-1))))
t(lambda: time(1) < time(1, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) == 1, bool(time(0)))
print(len({time(1), time(1), time(12, tzinfo=timezone.utc), time(13, tzinfo=timezone(timedelta(hours=1)))}))
print(x.strftime("%H:%M:%S.%f %p %I %Y-%m-%d %j %a"), format(x, "%H"), f"{x}", f"{x:%M}")
