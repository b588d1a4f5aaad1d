import cmath
import math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.pi == math.pi, cmath.e == math.e, type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.imag != cmath.nanj.imag)
