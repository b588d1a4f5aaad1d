# OSError's constructor: the errno-to-subclass table, filename(s) in str()
# and args, other argument counts, subclasses keep their class, and the
# OSError subclasses' hierarchy.
e = OSError(2, 'No such file', 'f.txt'); print(type(e).__name__, e, e.args, e.filename, e.filename2)
e = OSError(2, 'x', 'a', None, 'b'); print(e, e.args)
e = OSError('just msg'); print(e, e.errno, e.strerror, e.args)
e = OSError(1,2,3,4,5,6); print(type(e).__name__, e, e.errno, e.args)
e = FileNotFoundError(13, 'denied'); print(type(e).__name__, e)
class MyOS(OSError): pass
print(type(MyOS(2,'x')).__name__, MyOS(2, 'x'))
e = OSError(); print(repr(e), e.errno)
for n in [11, 114, 115, 10, 32, 108, 103, 111, 104, 17, 2, 21, 20, 4, 13, 1, 3, 110, 99]:
    print(n, type(OSError(n, 's')).__name__, end='; ')
print()
print(issubclass(BrokenPipeError, ConnectionError), BlockingIOError.__mro__)
