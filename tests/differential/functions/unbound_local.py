x = 10
def broken():
    print(x)
    x = 5
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    broken()
except NameError as e:
    print("caught as NameError:", type(e).__name__)
def undefined():
    return not_defined_anywhere
try:
    undefined()
except NameError as e:
    print("NameError:", e)
