def split(g):
    return g


print(isinstance(split(1), BaseExceptionGroup))
