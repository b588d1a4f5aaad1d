print("reading from empty stdin")
try:
    s = input()
    print("got", repr(s))
except EOFError as e:
    print("EOFError:", repr(str(e)))
print("done")
