# getattr(obj, 5): CPython 3.11 says "attribute name must be string, not 'int'";
# Molt says "getattr(): attribute name must be string, not 'int'" (3.12 wording).
try:
    getattr(object(), 5)
except TypeError as e:
    print(e)
