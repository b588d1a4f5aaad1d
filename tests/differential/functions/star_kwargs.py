def show(**kw):
    print(type(kw).__name__, kw)
    return len(kw)
print(show(), show(a=1), show(b=2, a=1, c=3))
def config(name, **opts):
    parts = [name] + [f"{k}={v}" for k, v in opts.items()]
    return " ".join(parts)
print(config("srv"), config("srv", debug=True, level=3))
def everything(a, *args, key="k", **kw):
    return f"a={a} args={args} key={key} kw={kw}"
print(everything(1, 2, 3, key="x", extra=0, more=[1]))
opts = {"level": 9, "mode": "fast"}
print(config("job", **opts), config(**{"name": "n2", "x": 1}))
