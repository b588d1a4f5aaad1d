import enum
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Color(5))
attempt(lambda: Color("RED"))
attempt(lambda: Color["PURPLE"])
def reassign():
    Color.RED = 3
attempt(reassign)
def delete():
    del Color.GREEN
attempt(delete)
def set_name():
    Color.RED.name = "x"
attempt(set_name)
def set_value():
    Color.RED.value = 9
attempt(set_value)
def extend():
    class More(Color):
        BLUE = 3
    return More
attempt(extend)
attempt(lambda: Color.RED < Color.GREEN)
def other_attr():
    Color.note = "ok"
    return Color.note
attempt(other_attr)
