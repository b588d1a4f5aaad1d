def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
g = noisy(3)
print("generator created")
print("first", next(g))
for v in g:
    print("loop", v)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (x for x in naturals() if x % 2 == 0)
firsts = []
for e in evens:
    if e > 10:
        break
    firsts.append(e)
print(firsts)
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, (x * x for x in naturals())))
