# Exceptions raised by __repr__/__str__ propagate out of print, container
# reprs, f-strings, %-formatting and format(); a self-referencing user repr
# recurses until RecursionError, while builtin containers print [...]/{...}.
class Boom:
    def __repr__(self):
        raise RuntimeError("repr exploded")
    def __str__(self):
        raise ValueError("str exploded")
for thunk in (lambda: print(Boom()), lambda: repr([1, Boom()]), lambda: f"{Boom()}",
              lambda: "%s" % Boom(), lambda: str({"k": Boom()}), lambda: format(Boom())):
    try:
        thunk()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
class Rec:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "Rec(%r)" % (self.items,)
try:
    repr(Rec())
except RecursionError as e:
    print("RecursionError")
l = [1]
l.append(l)
d = {"a": l}
d["self"] = d
print(l, d)
