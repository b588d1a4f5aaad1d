# ImportError for a name a module does not define, with the module name in
# the message; AttributeError for a missing module attribute.
try:
    from shop.catalog import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import shop.billing.tax as tax
try:
    tax.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from shop.billing.tax import RATE, missing_too
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(tax.RATE, isinstance(e, ImportError) if False else "done")
