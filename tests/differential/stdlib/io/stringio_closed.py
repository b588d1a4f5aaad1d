import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO("data")
print(s.closed)
s.close()
print(s.closed)
s.close()
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate",
             "readable", "writable", "seekable", "flush", "isatty"]:
    t(getattr(s, name))
t(lambda: s.write("x"))
t(lambda: s.seek(0))
t(lambda: iter(s))
t(lambda: next(s))
t(lambda: s.__enter__())
with io.StringIO() as f:
    f.write("inside")
    print(f.closed, f.getvalue())
print(f.closed)
try:
    with io.StringIO("x") as g:
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e, g.closed)
