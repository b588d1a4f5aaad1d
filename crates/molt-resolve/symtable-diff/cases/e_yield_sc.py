def f():
    {(yield) for k in y}
