"""Catalog of items."""
__all__ = ["Item", "make_item", "_exported_private"]
print("  [shop.catalog runs]")


class Item:
    def __init__(self, name: str, price: int) -> None:
        self.name = name
        self.price = price

    def __repr__(self) -> str:
        return "Item(%r, %d)" % (self.name, self.price)


def make_item(name, price=100):
    return Item(name, price)


def _exported_private():
    return "private but in __all__"


not_exported = "public name missing from __all__"
