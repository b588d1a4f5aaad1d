# Raising a caught exception again adds the new frame in front of the frames
# it already passed through.
def fail():
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    saved = e

def again():
    raise saved

again()
