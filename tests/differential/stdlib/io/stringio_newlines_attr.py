import io

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\n", newline=nl)
    print(repr(nl), repr(s.newlines), s.line_buffering, s.encoding, s.errors)
s = io.StringIO(newline=None)
print(s.newlines)
s.write("x\r")
print(repr(s.newlines))
s.write("\ny")
print(repr(s.newlines))
s.write("\r\n")
print(repr(s.newlines))
print(repr(io.StringIO("a\n", newline=None).newlines), repr(io.StringIO("plain", newline="").newlines))
s.close()
for name in ["newlines", "line_buffering", "encoding", "errors"]:
    try:
        print(repr(getattr(s, name)))
    except ValueError as e:
        print("ValueError", e)
