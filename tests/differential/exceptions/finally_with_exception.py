def cleanup_demo(fail):
    log = []
    try:
        log.append("start")
        if fail:
            raise ValueError("boom")
        log.append("end")
    finally:
        log.append("cleanup")
        print("log:", log)
for fail in [False, True]:
    try:
        cleanup_demo(fail)
        print("no exception")
    except ValueError as e:
        print("propagated:", e)
def replace_exc():
    try:
        raise KeyError("original")
    finally:
        raise IndexError("from finally")
try:
    replace_exc()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
