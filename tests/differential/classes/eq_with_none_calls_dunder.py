# `x == None` and `None == x` still call a user __eq__ (reflected for the second).
class AlwaysEq:
    def __eq__(self, o):
        return True
x = AlwaysEq()
print(x == None, None == x, x == 0, x != None)
