def f():
    {k: (yield) for k in y}
