# type(None)() returns None in CPython (prints True);
# Molt: TypeError: cannot create 'NoneType' instances.
print(type(None)() is None)
