def show():
    x = 1
    return dir()


print(show())
