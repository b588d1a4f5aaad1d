from datetime import date, datetime, time, timedelta
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = date(2024,1,2)
def s1(): d.year = 5
def s2(): datetime(2024,1,1).hour = 5
def s3(): datetime(2024,1,1).year = 5
def s4(): timedelta(1).days = 5
def s5(): del time(1).hour
def s6(): time(1).tzinfo = None
for f in [s1,s2,s3,s4,s5,s6]: t(f)
class D(date): pass
x = D(2024,1,1); x.note = "hi"; print(x.note)
def s7(): x.year = 1
t(s7)
