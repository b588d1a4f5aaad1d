# Under `from __future__ import annotations` a def's __annotations__ holds the
# annotations' source text, unevaluated, in the same order as without it.
from __future__ import annotations
def f(a: Undefined[int], *, b: dict[str, int] = "x") -> list[Missing]:
    pass
print(f.__annotations__)
class C:
    x: Nope
    def m(self) -> C:
        pass
print(C.__annotations__, C.m.__annotations__)
