import statistics as st
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(x, [0.5 * v for v in x]))
print(st.correlation(x, x), st.correlation(x, y), st.correlation(x, z), st.correlation([1.5, 2.5, 4.0], [3, 1, 2]))
r = st.linear_regression(x, y)
print(r, r.slope, r.intercept, type(r).__name__, r[0], tuple(r))
slope, intercept = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(round(slope * 2019 + intercept))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
