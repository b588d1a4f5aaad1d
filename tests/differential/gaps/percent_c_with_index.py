# "%c" % obj where obj defines __index__: CPython converts through __index__
# (prints 'A'); Molt raises TypeError: %c requires int or char.
class I:
    def __index__(self):
        return 65
print(repr("%c" % I()))
