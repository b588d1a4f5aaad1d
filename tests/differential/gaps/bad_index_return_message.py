# An __index__ returning a str used as a list index: CPython says
# "__index__ returned non-int (type str)"; Molt says "'str' object cannot be interpreted as an integer".
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
