from array import array

for tc in "bBhHiIlLqQ":
    for v in [2**70, -2**70, 2**32, -2**31 - 1, 40000, -40000, 300, -1, 255, 0]:
        try:
            a = array(tc, [v])
            print(tc, v, "ok", a[0])
        except OverflowError as e:
            print(tc, v, type(e).__name__, e)
class Idx:
    def __index__(self):
        return 5
print([array(tc, [Idx()])[0] for tc in "bBhHiIlLqQfd"])
print(array("b", [True, False]), array("d", [Idx(), 2]))
