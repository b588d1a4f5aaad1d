# Breaking out of a for loop over a generator: CPython frees the generator at once
# (reference counting), closing it, so its finally block runs before the next
# statement ("finally 1" then "after break"). Molt closes an abandoned generator
# only when its collector finds it unreachable, and here the loop's iterator
# slot still refers to it, so "finally 1" is never printed.
def gen_loop():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
for v in gen_loop():
    if v == 1:
        break
print("after break")
