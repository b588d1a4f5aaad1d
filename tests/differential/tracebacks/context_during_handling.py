# An exception raised while handling another prints the context chain.
def cleanup(log):
    return log[5]

def work(log):
    try:
        return 1 / len(log)
    except ZeroDivisionError:
        cleanup(log)

work([])
