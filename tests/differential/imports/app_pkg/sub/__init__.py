from .. import state
state["loaded"].append("sub")
