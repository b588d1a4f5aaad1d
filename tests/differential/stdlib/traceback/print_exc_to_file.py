# print_exc and print_exception write to stderr, or to the file given.
import sys
import traceback

try:
    [][0]
except IndexError as e:
    traceback.print_exc()
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_tb(e.__traceback__, file=sys.stdout)
print("done")
