def f():
    return locals()
