print(len(""), len("abc"), len("中文😀"), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({1: 2}))
print(len(set()), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(b"abc"), len(frozenset([1])))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in [5, 2.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
