from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        """Sum of the values."""
        self.computed += 1
        print("computing total")
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed)
print("total" in d.__dict__, Dataset.total.__doc__, type(Dataset.total).__name__)
d.total = 100
print(d.total)
del d.total
print(d.total, d.computed)
other = Dataset([10])
print(other.total, d.total)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1

        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e.__cause__ if e.__cause__ else e)
