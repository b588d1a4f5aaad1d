# An exception from __enter__ is attributed to the with statement.
class Locked:
    def __enter__(self):
        raise PermissionError("locked")
    def __exit__(self, *exc):
        return False

with Locked() as l:
    print("never")
