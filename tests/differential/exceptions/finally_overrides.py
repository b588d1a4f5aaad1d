# return in finally overrides a return or swallows an exception; break and
# continue in finally also discard the pending exception.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def finally_sees_return():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(ret_override(), swallow(), finally_sees_return())
def loop_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke at %d" % i
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
            out.append(i)
        finally:
            continue
    return out
print(loop_break(), loop_continue())
def nested_finally():
    try:
        try:
            return 1
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_finally())
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    exc_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("  finally for count", count)
print(count)
