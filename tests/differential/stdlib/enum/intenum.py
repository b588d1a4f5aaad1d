from enum import IntEnum

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, 2 == Priority.MEDIUM, Priority.HIGH > 2)
print(Priority.HIGH + 1, Priority.LOW * 10, 10 - Priority.MEDIUM, Priority.HIGH // 2, -Priority.LOW)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(["a", "b", "c", "d"][Priority.HIGH], int(Priority.MEDIUM), float(Priority.LOW))
print(Priority(3), hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW])
print(max(Priority), sum(Priority), repr(Priority))
print(range(10)[Priority.MEDIUM])
