def nothing():
    pass
class Empty:
    pass
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
print(nothing(), type(Empty()).__name__)
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
def only_doc():
    "A docstring is a body."
print(only_doc())
