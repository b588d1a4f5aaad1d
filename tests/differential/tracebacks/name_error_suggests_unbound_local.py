# co_varnames includes locals not bound yet, so they are suggested too.
def f(flag):
    if flag:
        result_value = 1
    return result_valu

f(False)
