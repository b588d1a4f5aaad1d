def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc(10)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
a = accumulate()
a(1)
print(a(2))
