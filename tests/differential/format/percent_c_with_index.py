# "%c" % obj converts obj through __index__.
class I:
    def __index__(self):
        return 65
print(repr("%c" % I()))
