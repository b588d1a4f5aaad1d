from datetime import datetime, date, timedelta, timezone

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = datetime(2024, 2, 28, 23, 30)
print(a + timedelta(hours=1), timedelta(days=1) + a, a - timedelta(days=365, microseconds=1))
b = datetime(2023, 12, 31, 12)
print(repr(a - b), str(a - b), str(b - a))
print(a > b, a == datetime(2024, 2, 28, 23, 30), a != b, sorted([a, b])[0])
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
p = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(u == p, u < p, u - p, p - datetime(2024, 1, 1, tzinfo=timezone.utc), hash(u) == hash(p))
print(len({u, p}), {u: "x"}[p])
t(lambda: a < u)
print(a == u, a != u)
t(lambda: a - u)
t(lambda: u - a)
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1))
t(lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
t(lambda: datetime(2024, 1, 1) > date(2024, 1, 1))
t(lambda: datetime(2024, 1, 1) - date(2024, 1, 1))
t(lambda: date(2024, 1, 1) - datetime(2024, 1, 1))
t(lambda: datetime.max + timedelta(microseconds=1))
t(lambda: datetime.min - timedelta(microseconds=1))
t(lambda: a + 1)
t(lambda: a < 1)
print((datetime.max - datetime.min), (datetime.max - datetime.min).total_seconds())
x = datetime(2024, 1, 1)
x += timedelta(minutes=90)
print(x, (u + timedelta(hours=3)).tzinfo)
