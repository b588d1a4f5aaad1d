# Private name mangling is not done: inside class S, `self.__x` must mean `self._S__x`.
# CPython prints "2 True False"; Molt fails with
# AttributeError: 'S' object has no attribute '_S__x' (it stores the attribute as '__x').
class S:
    def __init__(self):
        self.__x = 2
    def get(self):
        return self.__x
s = S()
print(s.get(), hasattr(s, "_S__x"), hasattr(s, "__x"))
print(s._S__x)
