# [0] * obj where obj defines __index__: CPython gives [0, 0, 0];
# Molt: TypeError: can't multiply sequence by non-int of type 'Idx'.
class Idx:
    def __index__(self):
        return 3
print([0] * Idx(), "ab" * Idx())
