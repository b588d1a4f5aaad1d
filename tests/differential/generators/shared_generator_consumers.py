# One generator consumed by several consumers at once: zip over the same
# generator pairs consecutive items; a counter coroutine with commands.
gen_exp = (i for i in range(7))
print(list(zip(gen_exp, gen_exp)))
print(list(gen_exp))
it = iter(range(10))
print([(a, b, c) for a, b, c in zip(it, it, it)])
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif isinstance(cmd, int):
            i += cmd
        else:
            i += 1
cc = counter()
print(next(cc), next(cc), cc.send(10), cc.send("reset"), next(cc))
def doubler():
    x = yield
    while True:
        x = yield x * 2
d = doubler()
next(d)
print([d.send(i) for i in range(4)], d.send("ab"))
