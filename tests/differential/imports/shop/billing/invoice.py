from ..catalog import Item
from . import tax
from .tax import RATE as rate
from .. import counter
from ..counter import bump


class Invoice:
    def __init__(self):
        self.lines = []

    def add(self, item: Item, qty: int = 1):
        self.lines.append((item, qty))
        bump("invoice.add")
        return self

    def total(self):
        return tax.with_tax(sum(i.price * q for i, q in self.lines))

    def summary(self):
        return "%d lines, rate %d%%, total %d" % (len(self.lines), rate, self.total())
