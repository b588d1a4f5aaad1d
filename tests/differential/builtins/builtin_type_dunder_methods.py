# Special methods looked up explicitly on builtin types: int.__add__ and object.__lt__.
print(int.__add__(1, 2), int.__add__(1, 2.0), object.__lt__(object(), object()))
