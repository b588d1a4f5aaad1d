from enum import Enum, IntEnum

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal(2))
Sizes = Enum('Sizes', ['S', 'M', 'L'])
print([(s.name, s.value) for s in Sizes])
Codes = Enum('Codes', [('OK', 200), ('NOT_FOUND', 404)])
print(Codes(404), Codes.OK.value)
Levels = IntEnum('Levels', 'DEBUG INFO WARN')
print(Levels.INFO + 0, list(Levels))
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
days = {d: i for i, d in enumerate(Weekday)}
print(days)
print([d for d in Weekday if d.value % 2])
print(dict(Weekday.__members__.items()))
print(Weekday.MON.__class__ is Weekday, Weekday.TUE.__class__.__name__)
