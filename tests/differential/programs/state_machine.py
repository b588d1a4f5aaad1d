# A vending-machine state machine driven by a script of events.
class VendingMachine:
    PRICES = {"cola": 125, "chips": 75, "candy": 60}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.sales = []
        self.log = []

    def emit(self, msg):
        self.log.append(msg)
        print(f"[{self.state:^9}] {msg}")

    def handle(self, event, arg=None):
        handler = {
            "coin": self.on_coin,
            "select": self.on_select,
            "refund": self.on_refund,
            "service": self.on_service,
        }.get(event)
        if handler is None:
            self.emit(f"ignored unknown event {event!r}")
            return
        handler(arg)

    def on_coin(self, value):
        if self.state == "service":
            self.emit(f"rejected coin {value} (in service)")
            return
        if value not in (5, 10, 25, 100):
            self.emit(f"rejected coin {value}")
            return
        self.credit += value
        self.state = "has_credit"
        self.emit(f"credit now {self.credit}")

    def on_select(self, item):
        if self.state != "has_credit":
            self.emit(f"insert coins first ({item})")
            return
        if item not in self.PRICES:
            self.emit(f"no such item {item!r}")
            return
        if self.stock[item] == 0:
            self.emit(f"{item} sold out")
            return
        price = self.PRICES[item]
        if self.credit < price:
            self.emit(f"{item} costs {price}, credit {self.credit}")
            return
        self.stock[item] -= 1
        self.credit -= price
        self.sales.append(item)
        self.emit(f"vend {item}, change {self.credit}")
        self.credit = 0
        self.state = "idle"

    def on_refund(self, _):
        if self.credit:
            self.emit(f"refund {self.credit}")
        else:
            self.emit("nothing to refund")
        self.credit = 0
        self.state = "idle" if self.state != "service" else "service"

    def on_service(self, restock):
        if self.state == "service":
            for k, v in restock.items():
                self.stock[k] = self.stock.get(k, 0) + v
            self.state = "idle"
            self.emit(f"service done, stock {sorted(self.stock.items())}")
        else:
            self.on_refund(None)
            self.state = "service"
            self.emit("entering service mode")


vm = VendingMachine()
script = [
    ("select", "cola"), ("coin", 25), ("coin", 3), ("coin", 100), ("select", "cola"),
    ("coin", 100), ("select", "candy"), ("select", "water"), ("select", "chips"),
    ("coin", 10), ("coin", 100), ("select", "chips"), ("refund", None), ("refund", None),
    ("service", {}), ("coin", 25), ("service", {"candy": 3, "water": 1}),
    ("coin", 25), ("coin", 25), ("coin", 10), ("select", "candy"), ("dance", None),
]
for event, arg in script:
    vm.handle(event, arg)
print("sales:", vm.sales)
print("events logged:", len(vm.log))
print("final state:", vm.state, "credit:", vm.credit)
