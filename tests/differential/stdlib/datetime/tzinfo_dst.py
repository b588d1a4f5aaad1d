from datetime import datetime, timedelta, tzinfo, timezone

class Summer(tzinfo):
    """UTC+1, plus one hour of DST from April through September."""
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        return timedelta(hours=1) if 4 <= dt.month <= 9 else timedelta(0)
    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

z = Summer()
for m in [1, 4, 6, 10]:
    u = datetime(2024, m, 15, 12, tzinfo=timezone.utc)
    l = u.astimezone(z)
    print(l, l.tzname(), l.dst(), l.utcoffset(), l.astimezone(timezone.utc) == u)
a = datetime(2024, 6, 1, 12, tzinfo=z)
b = datetime(2024, 1, 1, 12, tzinfo=z)
print(a - b, a > b, a.isoformat(), b.strftime("%Z %z"), hash(a) == hash(a.astimezone(timezone.utc)))
class NoDst(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2)
    def dst(self, dt): return None
try:
    datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(NoDst())
except ValueError as e:
    print("ValueError", e)
try:
    z.fromutc(datetime(2024, 1, 1))
except ValueError as e:
    print("ValueError", e)
try:
    z.fromutc(5)
except TypeError as e:
    print("TypeError", e)
