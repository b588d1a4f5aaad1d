import typing
from typing import List, Dict, Set, FrozenSet, Tuple, Optional, Union, Callable, Any, Iterable, Iterator, Sequence, Mapping, Type

print(List[int])
print(Dict[str, List[int]])
print(Set[str], FrozenSet[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Optional[str])
print(Union[int, str])
print(Union[int, None, str])
print(Callable[[int, str], bool])
print(Callable[..., int])
print(Callable[[], None])
print(Any, List, Dict, Optional, Union)
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, int])
class Point:
    pass
print(List[Point], Type[Point], Optional[Point])
print(typing.List[typing.Dict[str, typing.Tuple[int, int]]])
