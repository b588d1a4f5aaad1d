import io

s = io.StringIO("one\ntwo\n\nthree")
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline(10)))
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(repr(s.readline(0)))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(5))
print(s.readlines(None))
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))
print(list(io.StringIO("a\nb\n")), list(io.StringIO("")))
it = iter(io.StringIO("x\ny"))
print(next(it), end="")
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
