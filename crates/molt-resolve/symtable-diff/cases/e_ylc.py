def f():
    [(yield) for x in y]
