# An Enum overriding __str__: f"{member}" and format(member) use it (Enum.__format__
# formats str(self)).
from enum import Enum
class Pretty(Enum):
    A = 1
    def __str__(self):
        return "Pretty-" + self.name
print(str(Pretty.A), f"{Pretty.A}")
