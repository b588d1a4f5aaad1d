# issubclass(B, 3): CPython says "issubclass() arg 2 must be a class, a tuple of classes, or a union";
# Molt says "... must be a type, a tuple of types, or a union" (isinstance's wording).
class B: pass
try:
    issubclass(B, 3)
except TypeError as e:
    print(e)
