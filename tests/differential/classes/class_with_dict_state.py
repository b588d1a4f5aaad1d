class Inventory:
    def __init__(self):
        self.stock = {}
    def add(self, item, qty=1):
        self.stock[item] = self.stock.get(item, 0) + qty
    def remove(self, item, qty=1):
        if self.stock.get(item, 0) < qty:
            raise ValueError(f"not enough {item}")
        self.stock[item] -= qty
        if self.stock[item] == 0:
            del self.stock[item]
    def __contains__(self, item):
        return item in self.stock
    def __len__(self):
        return sum(self.stock.values())
    def report(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.stock.items()))
inv = Inventory()
inv.add("bolt", 10)
inv.add("nut", 5)
inv.add("bolt")
inv.remove("nut", 5)
print(inv.report(), len(inv), "nut" in inv, "bolt" in inv)
try:
    inv.remove("screw")
except ValueError as e:
    print("ValueError:", e)
inv.add("washer", 3)
inv.remove("bolt", 11)
print(inv.report(), len(inv), "bolt" in inv)
for item in ["washer", "bolt"]:
    print(item, item in inv)
