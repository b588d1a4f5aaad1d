import statistics as st
from fractions import Fraction as F
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([1, 2]), st.median([5, 1, 3]), st.median(['b', 'a', 'c']))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([1, 3, 5]), st.median_high([1, 3]))
print(st.median([F(1, 2), F(1, 3)]), st.median([1.5, 2.5]), st.median(iter([4, 2, 9, 1])))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([2.5]), st.median_grouped(['1', '2', '2', '3']))
