# type(None)() returns None.
print(type(None)() is None)
