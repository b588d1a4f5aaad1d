# `in` uses __contains__ (result converted to bool), else __iter__, else
# __getitem__ with increasing indices.
class Evens:
    def __contains__(self, x):
        print("  __contains__", x)
        return x % 2 == 0 and "yes"
class Iterable:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
class Indexed:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
print(2 in Iterable(), 9 in Iterable())
print(10 in Indexed(), 99 in Indexed())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class Raiser:
    def __contains__(self, x):
        raise KeyError(x)
try:
    5 in Raiser()
except KeyError as e:
    print(type(e).__name__, e)
