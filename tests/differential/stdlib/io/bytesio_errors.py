import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"hello\nworld")
t(lambda: b.seek(-1))
t(lambda: b.seek(-2, 1))
t(lambda: b.seek(-2, 2))
t(lambda: b.read())
t(lambda: b.seek(-100, 2))
t(lambda: b.seek(3, 1))
t(lambda: b.seek(0, 5))
t(lambda: b.seek(1.0))
t(lambda: b.seek(2**70))
t(lambda: b.write("x"))
t(lambda: b.write(5))
t(lambda: io.BytesIO("x"))
t(lambda: b.read(1.5))
t(lambda: b.truncate(-1))
t(lambda: b.truncate(None))
b.close()
t(lambda: b.closed)
for name in ["read", "readline", "getvalue", "tell", "readable", "flush"]:
    t(getattr(b, name))
t(lambda: b.write(b"x"))
t(lambda: b.seek(0))
t(lambda: iter(b) is b)
t(lambda: next(b))
t(lambda: b.__enter__())
with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
