# Imports inside functions and methods bind local names, run the module body
# only on the first call, and see the same module objects as top-level imports.
def first():
    import shop.catalog
    return shop.catalog.make_item("local", 5)
def second():
    from shop.billing import tax as t
    return t.with_tax(100)
class Service:
    def counter(self):
        from shop import counter
        return counter.bump("service")
print("before any import")
print(first())
print(second(), second())
s = Service()
print(s.counter(), s.counter())
try:
    shop
except NameError as e:
    print(type(e).__name__, e)
import shop.counter
print(shop.counter.history)
