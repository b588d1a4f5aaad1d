# An Enum overriding __str__: f"{member}" and format(member) must use it (Enum.__format__
# uses str() when __str__ is overridden). CPython prints "Pretty-A Pretty-A";
# Molt prints "Pretty-A Pretty.A".
from enum import Enum
class Pretty(Enum):
    A = 1
    def __str__(self):
        return "Pretty-" + self.name
print(str(Pretty.A), f"{Pretty.A}")
