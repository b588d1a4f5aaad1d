from datetime import timezone, timedelta, datetime, UTC, tzinfo

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(timezone.utc), str(timezone.utc), repr(UTC), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
for z in [timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-3, minutes=-30)), timezone(timedelta(seconds=3661, microseconds=5)), timezone(timedelta(hours=1), "CET"), timezone(timedelta(0), "Z0"), timezone.min, timezone.max]:
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None))
print(isinstance(timezone.utc, tzinfo), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
print(timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)), timezone.utc == 0)
print(len({timezone(timedelta(hours=1)), timezone(timedelta(minutes=60)), timezone.utc}))
d = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1), "CET"))
print(d.utcoffset(), d.tzname(), d.dst(), d.tzinfo.utcoffset(d))
print(timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
t(lambda: timezone(1))
t(lambda: timezone(timedelta(hours=24)))
t(lambda: timezone(timedelta(hours=-24)))
t(lambda: timezone(timedelta(hours=1), 5))
t(lambda: timezone(timedelta(hours=1), None))
t(lambda: timezone())
t(lambda: timezone.utc.utcoffset(5))
t(lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
t(lambda: timezone.utc.fromutc(5))
t(lambda: tzinfo().utcoffset(None))
t(lambda: tzinfo().tzname(None))
t(lambda: tzinfo().dst(None))
