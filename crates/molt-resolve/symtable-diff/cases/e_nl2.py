x = 1
def g():
    nonlocal x
