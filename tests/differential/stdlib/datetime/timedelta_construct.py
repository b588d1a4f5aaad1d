from datetime import timedelta

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(0, 1)), repr(timedelta(0, 0, 1)))
print(repr(timedelta(days=-1)), repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)))
print(repr(timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)))
print(repr(timedelta(hours=1.5, microseconds=0.5)), repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=2.5)))
print(repr(timedelta(days=0.1, seconds=0.1, microseconds=0.1, milliseconds=0.1, minutes=0.1, hours=0.1, weeks=0.1)))
print(repr(timedelta(seconds=86400 * 3 + 5)), repr(timedelta(minutes=-90)), repr(timedelta(days=1.5, seconds=-0.25)))
for d in [timedelta(days=-1, seconds=86399), timedelta(1, 3600, 1), timedelta(0), timedelta(2), timedelta(-2, 5), timedelta(microseconds=-1), timedelta(hours=100)]:
    print(str(d), "|", d.days, d.seconds, d.microseconds)
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
t(lambda: timedelta(days=1e9))
t(lambda: timedelta(days=10**9))
t(lambda: timedelta(days=-10**9))
t(lambda: timedelta(days=10**30))
t(lambda: timedelta("1"))
t(lambda: timedelta(seconds="1"))
t(lambda: timedelta(hours=None))
t(lambda: timedelta(float("nan")))
t(lambda: timedelta(float("inf")))
t(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
t(lambda: timedelta(foo=1))
t(lambda: timedelta(1, days=1))
print(timedelta(True), format(timedelta(1), ""), f"{timedelta(hours=3)}")
t(lambda: format(timedelta(1), "x"))
t(lambda: timedelta(days=2**31))
t(lambda: timedelta(days=2**31 - 1))
t(lambda: timedelta(seconds=2**31 * 86400))
t(lambda: timedelta(1) * 2**40)
t(lambda: timedelta(microseconds=-2**31 * 86400 * 10**6 - 1))
