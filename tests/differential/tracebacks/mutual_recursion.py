# Mutual recursion alternates two lines, so nothing is summarised until
# the depth limit.
def ping(n):
    if n == 0:
        raise RuntimeError("bottom")
    return pong(n - 1)

def pong(n):
    return ping(n)

ping(4)
