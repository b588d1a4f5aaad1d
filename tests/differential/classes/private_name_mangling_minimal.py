# Inside class S, `self.__x` means `self._S__x`.
class S:
    def __init__(self):
        self.__x = 2
    def get(self):
        return self.__x
s = S()
print(s.get(), hasattr(s, "_S__x"), hasattr(s, "__x"))
print(s._S__x)
