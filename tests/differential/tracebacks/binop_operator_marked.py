# An uncaught TypeError from `a + b` inside a function: the traceback quotes
# each frame's line and marks the operands with ~ and the operator with ^.
def total(prices, extra):
    return sum(prices) + extra

print(total([1, 2], 3))
print(total([1, 2], "3"))
