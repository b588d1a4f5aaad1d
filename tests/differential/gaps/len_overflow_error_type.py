# __len__ returning 2**70: CPython raises OverflowError("cannot fit 'int' into an
# index-sized integer"); Molt raises IndexError with the same message.
class WithLen:
    def __len__(self):
        return 2 ** 70
try:
    len(WithLen())
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)
