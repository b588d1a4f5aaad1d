from ..sub import state
from app_pkg import state as same_state

state["loaded"].append("leaf")
VALUE = 42
print("leaf sees the same state:", state is same_state)
