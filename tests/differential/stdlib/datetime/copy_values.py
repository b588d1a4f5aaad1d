import copy
from datetime import date, datetime, time, timedelta, timezone

class Stamp(datetime):
    pass

vals = [date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=1), "X")),
        time(5, 6, tzinfo=timezone.utc), timedelta(days=-1, seconds=5), timezone(timedelta(hours=-2))]
for v in vals:
    c, dc = copy.copy(v), copy.deepcopy(v)
    print(repr(c), c == v, dc == v, type(c) is type(v), hash(c) == hash(v))
print(copy.copy(timezone.utc) is timezone.utc)
s = Stamp(2024, 5, 6)
s.label = "launch"
s2 = copy.copy(s)
print(repr(s2), hasattr(s2, "label"), type(s2).__name__)
nested = {"when": [date(2024, 1, 1)], "span": (timedelta(hours=1),)}
dn = copy.deepcopy(nested)
print(dn, dn == nested)
