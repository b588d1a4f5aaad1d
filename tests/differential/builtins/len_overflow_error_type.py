# A __len__ result too big for an index raises OverflowError ("cannot fit
# 'int' into an index-sized integer"), not IndexError.
class WithLen:
    def __len__(self):
        return 2 ** 70
try:
    len(WithLen())
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)
