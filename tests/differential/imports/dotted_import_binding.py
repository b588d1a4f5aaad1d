# `import a.b.c` binds only `a`, loading each package once; the submodules
# become attributes of their parents; `import a.b.c as m` binds the leaf.
import shop.billing.invoice
print(shop.__name__, shop.billing.__name__, shop.billing.invoice.__name__)
import shop.billing.invoice as inv
print(inv is shop.billing.invoice, inv.Invoice.__name__)
from shop.billing import invoice
print(invoice is inv, shop.billing.tax.RATE)
print(shop.load_order)
try:
    billing
except NameError as e:
    print(type(e).__name__, e)
print(shop.__doc__)
