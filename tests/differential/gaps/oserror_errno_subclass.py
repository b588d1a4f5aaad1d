# OSError(errno, strerror): CPython picks the subclass from errno and sets errno/strerror:
# "FileNotFoundError [Errno 2] No such file 2 No such file" and "PermissionError".
# Molt: AttributeError: 'OSError' object has no attribute 'errno'.
e = OSError(2, "No such file")
print(type(e).__name__, e, e.errno, e.strerror)
print(type(OSError(13, "denied")).__name__)
