import statistics as st
from fractions import Fraction as F
for data in [[1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [1, 2, 3, 4], [2, 4, 4, 4, 5, 5, 7, 9], [F(1, 3), F(2, 3), 1], [0.1] * 10, [10**20, 10**20 + 2], [1, 3]]:
    print(repr(st.stdev(data)), repr(st.pstdev(data)))
print(st.stdev([1, 2, 3], 2), st.pstdev([1, 2, 3], mu=2.0), st.pstdev([7]))
try:
    st.stdev([float('inf'), 1.0])
except AttributeError as e:
    print(type(e).__name__, e)
