# Special methods looked up explicitly on builtin types are missing in Molt:
# AttributeError: type object 'int' has no attribute '__add__' (also object.__lt__).
# CPython prints "3 NotImplemented NotImplemented" (str.__len__/list.__getitem__ do work in Molt).
print(int.__add__(1, 2), int.__add__(1, 2.0), object.__lt__(object(), object()))
