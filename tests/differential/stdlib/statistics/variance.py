import statistics as st
from fractions import Fraction as F
for data in [[0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3, 4], [1, 2, 3, 5],
             [F(1, 6), F(1, 2), F(5, 3)], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3], [True, False, True], [5, 5]]:
    v, p = st.variance(data), st.pvariance(data)
    print(repr(v), type(v).__name__, repr(p), type(p).__name__)
print(st.variance([1, 2, 3, 4], 2), st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3], mu=2), st.pvariance([1.0, 2.0], 1.5), st.variance([F(1), F(2)], F(3, 2)))
print(st.variance([float('inf'), 1.0]), st.pvariance([float('nan'), 1.0]))
