import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO("hello")
t(lambda: s.seek(-1))
t(lambda: s.seek(1, 1))
t(lambda: s.seek(-1, 2))
t(lambda: s.seek(0, 3))
t(lambda: s.seek(1.5))
t(lambda: s.seek("1"))
t(lambda: s.seek(2**70))
t(lambda: s.seek(0, 1))
t(lambda: s.seek(0, 2))
t(lambda: s.seek(2))
t(lambda: s.truncate(-1))
t(lambda: s.truncate("a"))
t(lambda: s.read(1.0))
t(lambda: s.readline(1.0))
t(lambda: s.read("2"))
t(lambda: s.write(b"x"))
t(lambda: s.write(5))
t(lambda: s.writelines([1]))
t(lambda: io.StringIO(5))
t(lambda: io.StringIO(b"x"))
t(lambda: s.tell())
