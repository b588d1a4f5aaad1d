# An uncaught KeyboardInterrupt: CPython prints the traceback, then kills itself with
# SIGINT (the shell sees status 130 / 'killed by a signal'); Molt exits with status 1.
print("x")
raise KeyboardInterrupt
