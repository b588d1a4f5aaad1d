import statistics as st
from fractions import Fraction as F
print(st.fmean([1, 2, 3, 4]), st.fmean([3.5, 4.0, 5.25]), st.fmean(x for x in range(5)), st.fmean([F(1, 3), 1]))
print(st.fmean([1, 2], weights=[3, 1]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1, 10, 100]), st.geometric_mean([2.5]), st.geometric_mean([10**200, 10**100]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([60, 30], weights=[1, 3]), st.harmonic_mean([2.5, 3, 10]))
print(repr(st.harmonic_mean([2.5])), repr(st.harmonic_mean([7])), st.harmonic_mean([1, 0, 2]), st.harmonic_mean([F(1, 2), F(1, 4)]), st.harmonic_mean([1, 2, 4]))
print(st.harmonic_mean([1, 2], weights=[0, 1]), st.harmonic_mean(iter([2, 4])))
