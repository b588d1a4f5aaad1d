print(list[int])
print(dict[str, list[int]])
print(tuple[int, ...])
print(set[str], frozenset[bytes], type[int])
class Node:
    pass
print(list[Node])
print(list[int].__origin__, list[int].__args__)
print(dict[str, int].__args__)
x = list[int]([1, 2, 3])
print(x, type(x))
def total(values: list[int]) -> dict[str, int]:
    return {"total": sum(values)}
print(total([1, 2, 3]))
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
