# Frames of lambdas and comprehensions are named <lambda> and <listcomp>.
scale = lambda v: 10 / v
print([scale(v) for v in [1, 2]])
print([scale(v) for v in [1, 0]])
