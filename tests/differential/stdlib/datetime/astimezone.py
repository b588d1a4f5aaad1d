from datetime import datetime, timezone, timedelta

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

u = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
est = timezone(timedelta(hours=-5))
a = u.astimezone(ist)
b = a.astimezone(est)
print(repr(a), a, a.tzname())
print(repr(b), b, b.tzname())
print(a == b == u, b.astimezone(timezone.utc), u.astimezone(timezone.utc) is u)
print(u.timestamp(), a.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=est).timestamp())
late = datetime(2024, 12, 31, 23, 30, tzinfo=timezone.utc)
print(late.astimezone(timezone(timedelta(hours=1))), late.astimezone(timezone(timedelta(hours=-23, minutes=-59))))
t(lambda: u.astimezone(5))
t(lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(timezone.utc))
t(lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).astimezone(timezone.utc))
