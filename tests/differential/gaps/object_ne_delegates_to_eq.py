# object.__ne__(a, b) calls type(a).__eq__(a, b) and inverts a non-NotImplemented result.
# CPython prints "eq called" twice, then "False False"; Molt never calls __eq__ and prints
# "NotImplemented False".
class P:
    def __eq__(self, o):
        print("eq called")
        return True
    __hash__ = object.__hash__
a, b = P(), P()
print(object.__ne__(a, b), object.__ne__(a, a))
