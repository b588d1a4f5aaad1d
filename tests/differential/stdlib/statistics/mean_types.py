import statistics as st
from fractions import Fraction as F
for data in [[1, 2, 3, 4], [1, 2, 3], [F(1, 2)], [1.5, 2, 3], [True, False], range(10), [0.1, 0.2, 0.3],
             [1e50, 1, -1e50] * 10, [F(1, 3), 2], [F(1, 3), 0.5], [10**30, 1], [-1, -2], [0.5, True], (x * 0.1 for x in range(7))]:
    m = st.mean(data)
    print(repr(m), type(m).__name__)
print(st.mean([float('inf'), 1]), st.mean([float('inf'), float('-inf')]), st.mean([float('nan'), 2.0]))
print(st.mean(iter([3, 4, 5])), st.mean({1: 'a', 5: 'b'}))
