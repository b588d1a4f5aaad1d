# Module-level state is shared: every importer sees the same module object,
# rebinding a module global through the module is visible to functions in it,
# while `from m import name` copies the binding at import time.
import shop.counter as counter
from shop.counter import count as count_copy, history
from shop.billing.invoice import Invoice
from shop import Item
counter.bump("main")
Invoice().add(Item("a", 1)).add(Item("b", 2))
print(counter.count, count_copy, history)
counter.count = 100
print(counter.bump("main again"), count_copy)
import shop.counter
print(shop.counter is counter, shop.counter.history is history)
