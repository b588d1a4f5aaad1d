from datetime import datetime
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
cases = [
    ('2024 1', '%G %V'),
    ('2024 1 1', '%Y %V %u'),
    ('2024 1 1 5', '%G %V %u %j'),
    ('Feb 29', '%b %d'),
    ('02-29', '%m-%d'),
    ('2023-02-29', '%Y-%m-%d'),
    ('2024-01-02x', '%Y-%m-%d'),
    ('x2024', '%Y'),
    ('2024', '%Q'),
    ('2024', '%'),
    ('2024', '% Y'),
    ('2024', '%.'),
    ('', ''),
    ('  2024', ' %Y'),
    ('2024\t\n 1', '%Y %m'),
    ('20240102', '%Y%m%d'),
    ('2024123', '%Y%m%d'),
    ('202412', '%Y%m%d'),
    ('1 2 3', '%d %m %Y'),
    ('10:61', '%M:%S'),
    ('24', '%H'),
    ('5:5:5', '%H:%M:%S'),
    ('123456789', '%f'),
    ('1234567', '%S%f'),
    ('2024 %', '%Y %%'),
    ('12', '%y'),
    ('9999 365', '%Y %j'),
    ('9999 12 31 23', '%Y %m %d %H'),
    ('2024-01-02 +2400', '%Y-%m-%d %z'),
    ('2024-01-02 +1:00', '%Y-%m-%d %z'),
]
for s, f in cases:
    t(lambda: datetime.strptime(s, f))
t(lambda: datetime.strptime(1, "%Y"))
t(lambda: datetime.strptime("1", 2))
t(lambda: datetime.strptime("1"))
