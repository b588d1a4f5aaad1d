from collections.abc import Iterable, Mapping, Sized


class Incomplete(Mapping):
    def __getitem__(self, k):
        return k


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


class Opaque:
    pass


print(isinstance(Opaque(), Sized))
Sized.register(Opaque)
print(isinstance(Opaque(), Sized), issubclass(Opaque, Sized))


class Tree:
    pass


Mapping.register(Tree)
print(isinstance(Tree(), Mapping), isinstance(Tree(), Iterable))
