def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("  except ran")
        r = None
    else:
        print("  else ran")
    finally:
        print("  finally ran")
    return r
for x in [2, 0]:
    print("attempt", x)
    print("result", attempt(x))
try:
    print("body ok")
except Exception:
    print("never")
else:
    print("else after ok body")
finally:
    print("finally last")
