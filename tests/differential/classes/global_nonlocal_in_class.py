# `global` in a class body assigns the module global instead of a class
# attribute; methods of a class defined inside a function can rebind the
# function's locals with `nonlocal`; class bodies read enclosing function
# locals.
counter = 0
class C:
    global counter
    counter = 5
    other = counter + 1
def outer():
    x = 1
    label = "from outer"
    class Inner:
        tag = label
        def get(self):
            nonlocal x
            x += 1
            return x
    return Inner(), lambda: x
i, peek = outer()
print(counter, C.other, hasattr(C, "counter"))
print(i.get(), i.get(), peek(), i.tag, type(i).__qualname__)
