# with_traceback(None) clears the traceback and returns the exception;
# with_traceback(tb) takes another traceback; anything else is a TypeError.
def fail():
    raise ValueError("first")

try:
    fail()
except ValueError as e:
    saved = e.__traceback__
    print(e.with_traceback(None) is e, e.__traceback__)
    e.with_traceback(saved)
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
    e.__traceback__ = None
    print(e.__traceback__)
    try:
        e.with_traceback(5)
    except TypeError as t:
        print(t)
    try:
        e.__traceback__ = "x"
    except TypeError as t:
        print(t)
