from typing import Literal, ClassVar, Final, Annotated, Optional

print(Literal[1, 2, 3])
print(Literal["a", "b"])
print(Literal[True, None])
print(ClassVar[int], Final[str])
print(Literal[1] == Literal[1], Literal[1] == Literal[2])
Mode = Literal["r", "w"]
def open_mode(m: Mode) -> str:
    return m * 2
print(open_mode("r"))
print(Optional[Literal["x"]])
