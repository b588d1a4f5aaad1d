# str(obj) where only __repr__ is defined and it returns an int: CPython says
# "__str__ returned non-string (type int)" (object.__str__ calls repr, then str checks);
# Molt says "__repr__ returned non-string (type int)".
class BadRepr:
    def __repr__(self):
        return 7
try:
    str(BadRepr())
except TypeError as e:
    print(e)
