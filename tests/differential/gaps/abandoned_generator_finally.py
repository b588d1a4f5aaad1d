# Breaking out of a for loop over a generator: CPython frees the generator at once
# (reference counting), closing it, so its finally block runs before the next
# statement ("finally 1" then "after break"). Molt never runs that finally
# (no finalization on drop).
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
