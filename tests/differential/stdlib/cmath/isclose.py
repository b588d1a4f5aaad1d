import cmath
INF = float('inf')
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(INF * 1j, INF * 1j), cmath.isclose(complex(INF, 1), complex(INF, 2)), cmath.isclose(0, 0.0), cmath.isclose(1, 1 + 1e-9j), cmath.isclose(a=1, b=1.0))
print(cmath.isclose(complex(float('nan'), 0), complex(float('nan'), 0)), cmath.isclose(1e10 + 1e10j, 1.00000000001e10 + 1e10j))
for kw in [{'rel_tol': -1}, {'abs_tol': -0.1}]:
    try:
        cmath.isclose(1, 2, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
