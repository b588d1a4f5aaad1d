from datetime import datetime, date, time, timezone, timedelta

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = datetime(2024, 1, 2, 3, 4, 5, 6000)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(d.isoformat(timespec=spec), d.replace(microsecond=0).isoformat(" ", spec))
print(d.isoformat(), d.isoformat("é"), d.isoformat(sep="_"), str(d))
z = d.replace(tzinfo=timezone(timedelta(hours=-7, minutes=-30)))
print(z.isoformat(), z.isoformat(timespec="hours"), str(z))
print(d.replace(tzinfo=timezone(timedelta(seconds=1, microseconds=5))).isoformat())
print(date(2024, 1, 2).isoformat(), date(1, 1, 1).isoformat(), date(999, 3, 4))
t(lambda: d.isoformat("xx"))
t(lambda: d.isoformat(5))
t(lambda: d.isoformat(None))
t(lambda: d.isoformat(timespec="foo"))
t(lambda: d.isoformat(timespec=5))
t(lambda: d.isoformat("T", "auto", 1))
t(lambda: time(1).isoformat(timespec="x"))
