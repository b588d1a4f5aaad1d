# Containers compare by identity before calling __eq__: x in [x], [x] == [x],
# dict/set lookups, count and index succeed even when __eq__ always returns
# False (and is not called); NaN follows the same rule.
class Never:
    def __eq__(self, o):
        print("  eq called")
        return False
    __hash__ = object.__hash__
n = Never()
print(n in [n], [n] == [n], n in (n,), n in {n}, {n: 1}[n], [n].count(n), [n].index(n))
print(n == n, n != n)
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan, (nan,) == (nan,))
d = {nan: 1}
print(d[nan], nan in d)
