# Comparing with None skips a user __eq__: CPython calls AlwaysEq.__eq__ for
# `x == None` and (reflected) for `None == x`, printing "True True True False".
# Molt prints "False False True True" (== None and != None treated as identity tests).
class AlwaysEq:
    def __eq__(self, o):
        return True
x = AlwaysEq()
print(x == None, None == x, x == 0, x != None)
