# An exception raised in an except block (implicit chaining) left uncaught:
# exit status 1, "During handling..." traceback on stderr.
def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        {}["k"]
    except KeyError:
        cleanup()
try:
    work()
except OSError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
print("second time, uncaught")
work()
