# Unbounded recursion: the traceback shows the repeated frame three times,
# then how many more times it repeats.
def countdown(n):
    return countdown(n - 1)

print("go")
countdown(10)
