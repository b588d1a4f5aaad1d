# str() of an object with only a __repr__ that returns a non-str reports it
# as "__str__ returned non-string (type int)" (object.__str__ calls repr).
class BadRepr:
    def __repr__(self):
        return 7
try:
    str(BadRepr())
except TypeError as e:
    print(e)
