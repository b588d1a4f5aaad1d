# close() raises GeneratorExit inside the generator, running finally blocks;
# a generator that yields during close raises RuntimeError; closing a finished
# or unstarted generator is a no-op.
def worker(name):
    try:
        for i in range(10):
            yield "%s-%d" % (name, i)
    except GeneratorExit:
        print("  GeneratorExit in", name)
        raise
    finally:
        print("  cleanup", name)

w = worker("w")
print(next(w), next(w))
print(w.close())
print(w.close())
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
u = worker("unstarted")
u.close()
print("closed unstarted (no cleanup printed)")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
def gen_loop():
    for i in range(3):
        try:
            yield i
        finally:
            print("  finally", i)
gl = gen_loop()
for v in gl:
    if v == 1:
        break
gl.close()
print("after break and close")
