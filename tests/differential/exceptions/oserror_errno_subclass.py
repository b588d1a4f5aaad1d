# OSError(errno, strerror) picks the subclass from errno and sets
# errno/strerror; str() is "[Errno N] strerror".
e = OSError(2, "No such file")
print(type(e).__name__, e, e.errno, e.strerror)
print(type(OSError(13, "denied")).__name__)
