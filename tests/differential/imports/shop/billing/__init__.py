from .. import load_order
load_order.append("billing")
print("  [shop.billing runs]")
