from datetime import date, timedelta

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=366) + d)
print(d - timedelta(days=59), d + timedelta(hours=25), d + timedelta(hours=-1), d - timedelta(hours=1))
print(repr(date(2024, 3, 1) - date(2023, 3, 1)), date(2020, 1, 1) - date(2024, 1, 1))
t(lambda: date.max + timedelta(1))
t(lambda: date.min - timedelta(1))
t(lambda: d + 1)
t(lambda: 1 - d)
t(lambda: d - 1)
t(lambda: d < 5)
t(lambda: d == 5)
print(d == date(2024, 2, 28), d != date(2024, 2, 28), d < date(2024, 3, 1), d >= date(2025, 1, 1))
days = [date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 31)]
print(sorted(days), min(days), max(days))
counts = {}
for x in [date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), len({date(2024, 1, 1), date(2024, 1, 1)}))
acc = date(2024, 1, 1)
acc += timedelta(weeks=2)
print(acc)
