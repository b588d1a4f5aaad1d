# The suggestion is only part of the printed traceback, not of str(e) or
# of the traceback module's text.
import traceback
value = 1
try:
    print(valeu)
except NameError as e:
    print(str(e))
    print(traceback.format_exception_only(e))
try:
    [].appnd(1)
except AttributeError as e:
    print(str(e))
    print(traceback.format_exc())
