# e.__traceback__ is a chain of traceback objects, oldest frame first, with
# tb_lineno, tb_next and tb_frame.f_code.co_name.
def deep(n):
    if n == 0:
        raise RuntimeError("deep")
    deep(n - 1)

try:
    deep(3)
except RuntimeError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    tbs = {e.__traceback__, e.__traceback__.tb_next}
    print(len(tbs), type(e.__traceback__).__name__)
