# IndexError from a subscript assignment marks the target subscript.
cells = [0, 0]
cells[1] = 5
cells[2] = 7
