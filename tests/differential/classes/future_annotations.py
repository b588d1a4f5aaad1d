from __future__ import annotations

# With postponed evaluation, annotations are kept as their source text and
# names in them need not exist.


class Tree:
    left: Tree | None = None
    right: Optional[Tree] = None
    value: int = 0


count: dict[str, list[int]] = {}
print(Tree.__annotations__)
print(__annotations__)
