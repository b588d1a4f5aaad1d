import collections.abc as cabc


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class Sizeable:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


class Full:
    def __len__(self):
        return 1

    def __iter__(self):
        return iter([0])

    def __contains__(self, x):
        return x == 0

    def __call__(self):
        return "called"


for obj in (OnlyIter(), Sizeable(), NoHash(), Full()):
    print(type(obj).__name__,
          isinstance(obj, cabc.Iterable), isinstance(obj, cabc.Sized),
          isinstance(obj, cabc.Hashable), isinstance(obj, cabc.Collection),
          isinstance(obj, cabc.Callable), isinstance(obj, cabc.Iterator))
print(isinstance(Full(), (int, cabc.Container)), issubclass(Full, cabc.Collection))
