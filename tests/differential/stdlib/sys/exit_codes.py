import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e.args))
try:
    sys.exit()
except SystemExit as e:
    print("no arg code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("str code:", e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print("as BaseException:", type(e).__name__, e.code)
try:
    sys.exit(1)
except Exception:
    print("not reached: SystemExit is not an Exception")
except SystemExit:
    print("SystemExit skips except Exception")
print("exiting with 3")
sys.exit(3)
