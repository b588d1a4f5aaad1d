from typing import Union, Optional, List

print(Union[int])
print(Union[int, int])
print(Union[int, Union[str, float]])
print(Optional[Union[int, str]])
print(Union[int, str] == Union[str, int])
print(Union[int, str] == Union[int, float])
print(Optional[int] == Union[int, None])
print(Union[int, str].__args__)
print(Optional[int].__args__)
print(hash(Union[int, str]) == hash(Union[str, int]))
print(List[int] == List[int], List[int] == List[str])
print({List[int]: 1}[List[int]])
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__, e)
