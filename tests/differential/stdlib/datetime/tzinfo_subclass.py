from datetime import datetime, time, timedelta, tzinfo, timezone

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return f"Fixed({self.name})"

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 7

class Huge(tzinfo):
    def utcoffset(self, dt):
        return timedelta(days=1)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

k = Fixed(90, "K%Z")
d = datetime(2024, 6, 1, 12, tzinfo=k)
print(repr(d), d, d.utcoffset(), d.dst(), d.tzname())
print(d.strftime("%Y-%m-%d %H:%M %z %Z"), d.isoformat())
print(d == datetime(2024, 6, 1, 10, 30, tzinfo=timezone.utc), d - datetime(2024, 6, 1, tzinfo=timezone.utc))
print(d.astimezone(timezone.utc), datetime(2024, 6, 1, 10, 30, tzinfo=timezone.utc).astimezone(k))
tt = time(8, tzinfo=Fixed(-60, "M"))
print(tt, tt.utcoffset(), tt.tzname(), tt.isoformat(), tt.strftime("%z|%Z"))
b = datetime(2024, 1, 1, tzinfo=Bad())
t(lambda: b.utcoffset())
t(lambda: b.tzname())
t(lambda: str(b))
t(lambda: datetime(2024, 1, 1, tzinfo=Huge()).utcoffset())
t(lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())
print(datetime(2024, 1, 1, tzinfo=k).fold, repr(k.fromutc(datetime(2024, 1, 1, tzinfo=k))))
