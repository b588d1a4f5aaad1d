
def f():
    try: pass
    except E as err:
        return lambda: err
