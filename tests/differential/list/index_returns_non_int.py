# An __index__ that returns a non-int, used as a list index, raises
# TypeError "__index__ returned non-int (type str)".
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
