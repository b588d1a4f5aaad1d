# A SystemExit subclass raised from a generator inside a for loop ends the
# program with its code, after finally blocks run; no traceback is printed.
class Shutdown(SystemExit):
    pass
def events():
    yield "start"
    yield "work"
    raise Shutdown(7)
try:
    for e in events():
        print("event", e)
finally:
    print("finally runs before exit")
print("never printed")
