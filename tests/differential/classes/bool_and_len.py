# Truth testing: __bool__ first, then __len__, else always true; errors for
# wrong return types and negative lengths.
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("  __bool__")
        return self.b
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__")
        return self.n
class WithBoth(WithLen):
    def __bool__(self):
        print("  __bool__ wins")
        return True
class Neither:
    pass

print(bool(WithBool(False)), bool(WithBool(True)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(3)))
print(bool(WithBoth(0)))
print(bool(Neither()))
if not WithLen(0):
    print("empty is falsy")
x = WithBool(False) or "fallback"
print(x)
y = WithLen(2) and "second"
print(y)
print([i.n for i in (WithLen(0), WithLen(1)) if i])
for bad in (WithBool(1), WithBool("yes")):
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for n in (-1, "3"):
    try:
        len(WithLen(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
