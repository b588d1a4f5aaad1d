import io

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    s.write("\nw")
    print(repr(nl), repr(s.getvalue()))
    s.seek(0)
    print([s.readline() for _ in range(5)])
for bad in ["x", "\n\n", 5, b"\n"]:
    try:
        io.StringIO("", newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
