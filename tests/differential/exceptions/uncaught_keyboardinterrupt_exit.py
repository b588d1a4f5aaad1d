# An uncaught KeyboardInterrupt prints its traceback, then ends the process
# by SIGINT (the shell sees status 130), as CPython does; output before it
# is flushed.
print("x")
raise KeyboardInterrupt
