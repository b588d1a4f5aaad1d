# An uncaught exception from a user class prints "Traceback ..." and
# "module.Class: message" on stderr and exits with status 1; stdout is
# flushed first.
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item):
        super().__init__("no more " + item)
stock = {"apple": 1}
def take(item):
    if stock.get(item, 0) <= 0:
        raise OutOfStock(item)
    stock[item] -= 1
    print("took", item)
take("apple")
take("apple")
