
def f(meta):
    class C(base, metaclass=meta, **kw):
        pass
    return lambda: meta
