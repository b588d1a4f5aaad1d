# len() and truth testing convert a __len__ result through __index__; a
# negative result is a ValueError even when huge, a huge positive one an
# OverflowError; a huge list index is an IndexError.
class Idx:
    def __index__(self):
        return 2
class Neg:
    def __len__(self):
        return -2 ** 70
class ViaIndex:
    def __len__(self):
        return Idx()
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Neg())
except ValueError as e:
    print(e)
print(len(ViaIndex()), bool(ViaIndex()))
try:
    bool(Huge())
except OverflowError as e:
    print(e)
try:
    [1][2 ** 70]
except IndexError as e:
    print(e)
