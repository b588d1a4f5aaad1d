import typing
from typing import cast, TYPE_CHECKING, Any, List, overload, final, NewType

if TYPE_CHECKING:
    print("never")
print(TYPE_CHECKING)
x = cast(int, "not really an int")
print(x)
y = cast(List[int], [1, 2])
print(y)
UserId = NewType('UserId', int)
u = UserId(5)
print(u, type(u).__name__)
@final
class Leaf:
    pass
print(Leaf.__name__)
def f(a: Any) -> Any:
    return a
print(f(3))
print(typing.get_origin(List[int]), typing.get_args(typing.Dict[str, int]))
print(typing.get_args(typing.Callable[[int], str]))
print(typing.get_origin(int), typing.get_args(int))
