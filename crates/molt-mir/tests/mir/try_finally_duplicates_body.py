def f(x):
    try:
        return 1 / x
    finally:
        print("done")
