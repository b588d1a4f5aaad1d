# NaN objects: identity in containers (dict, set, list), the bytes struct
# and array give them (CPython's NaN bits, sign kept), and their reprs.
import struct, math
from array import array
nan = float("nan")
d = {nan: 1}
print(nan in d, float("nan") in d, nan is nan, float("nan") is float("nan"))
s = {nan, float("nan"), nan}
print(len(s), nan in [nan], float("nan") in [nan], [nan].count(nan), [nan] == [nan], nan == nan)
x = -nan
print(struct.pack("<d", nan), struct.pack("<d", x), struct.pack("<f", nan), struct.pack("<e", nan), struct.pack(">d", -float("nan")))
print(array("d", [nan, x]).tobytes(), array("f", [nan]).tobytes())
print(math.isnan(nan + 1), nan + 1 == nan, math.copysign(1.0, x), repr(x), repr(nan), f"{nan:.3f}", str(-nan), nan.hex(), float.hex(x))
print(math.nan is math.nan, math.nan in {math.nan: 0})
t = (nan,)
print(t == t, (nan,) == (nan,), {nan: 2}.get(nan), hash(nan) == hash(nan))
