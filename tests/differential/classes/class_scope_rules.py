# Class-body names are not visible inside nested scopes: methods,
# comprehensions (beyond the first iterable) and lambdas defined in the body
# look up globals instead.
a = "global a"
class X:
    a = 1
    b = a + 1
    first_iterable_ok = [i for i in range(a + 2)]
    try:
        c = [a * i for i in range(3)]
    except NameError as e:
        c = "NameError: " + str(e)
    get_a = lambda self: a
    def method(self):
        return a
print(X.b, X.first_iterable_ok, X.c)
print(X().get_a(), X().method())
class Y:
    items = [1, 2]
    total = sum(i for i in items)
print(Y.total)
