import statistics as st
from fractions import Fraction as F
tests = [lambda: st.mean([]), lambda: st.mean(['a']), lambda: st.mean([1, 'x']), lambda: st.mean([None]), lambda: st.variance([1]),
         lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]), lambda: st.median([]), lambda: st.median_low([]),
         lambda: st.median_high([]), lambda: st.median_grouped([]), lambda: st.mode([]), lambda: st.quantiles([1], n=4),
         lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'), lambda: st.harmonic_mean([-1, 2]),
         lambda: st.harmonic_mean([-1]), lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, 2], weights=[1]),
         lambda: st.harmonic_mean([1, 2], weights=[-1, 2]), lambda: st.harmonic_mean(['x']), lambda: st.geometric_mean([]),
         lambda: st.geometric_mean([0, 1]), lambda: st.geometric_mean([-1, 1]), lambda: st.fmean([]), lambda: st.fmean([1, 2], weights=[1]),
         lambda: st.fmean([1, 2], weights=[1, -1]), lambda: st.fmean(['a']), lambda: st.covariance([1], [2]), lambda: st.covariance([1, 2], [1]),
         lambda: st.correlation([1, 1], [1, 2]), lambda: st.correlation([1, 2, 3], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]),
         lambda: st.linear_regression([1], [1]), lambda: st.median_grouped(['a', 'b']), lambda: st.median([1, 'a'])]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
