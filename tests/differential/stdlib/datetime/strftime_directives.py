from datetime import datetime, date, time, timezone, timedelta

d = datetime(2024, 1, 2, 13, 4, 5, 6)
print(d.strftime("%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %%"))
print(d.strftime("%e %k %l %P %r %R %T %u %V %G %g %h %C %D %F"), repr(d.strftime("%n%t")))
for x in [date(2024, 1, 1), date(2023, 1, 1), date(2024, 12, 31), date(2021, 1, 3), date(5, 1, 2), date(999, 12, 31), date(9999, 12, 31)]:
    print(x.strftime("%Y|%y|%G|%g|%V|%C|%U|%W|%w|%u|%j|%c|%x|%D|%F|%H:%M:%S|%z|%Z"))
for h in [0, 1, 11, 12, 13, 23]:
    print(time(h, 5).strftime("%H %I %l %p %P %r"))
aware = datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.strftime("%z %Z"), datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-5, seconds=-30, microseconds=-7))).strftime("%z %Z"))
print(datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=1), "A%%B")).strftime("%Z"), datetime(2024, 1, 2, tzinfo=timezone.utc).strftime("%z %Z"))
print(format(d, "%d/%m/%Y"), format(d, ""), f"{d:%H:%M}", f"{d.date():%A}", "{:%B %d}".format(d), f"{d}")
try:
    d.strftime(5)
except TypeError as e:
    print("TypeError", e)
try:
    format(d, 5)
except TypeError as e:
    print("TypeError", e)
