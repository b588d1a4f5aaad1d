# Modules inside a package use `from . import x`, `from .. import y` and
# `from .mod import name as alias`; the code they import is shared.
from shop.billing.invoice import Invoice
from shop import Item
inv = Invoice().add(Item("pen", 150), 2).add(Item("pad", 300))
print(inv.summary())
import shop.billing.invoice as m
print(m.rate, m.tax.load_note, m.Item is Item, m.counter.count)
