# When the failing part is the whole line (a bare raise, a call statement),
# no marker line is printed.
def fail():
    raise ValueError("whole line")

fail()
