from array import array
import copy

class Arr(array):
    def total(self):
        return sum(self)

x = Arr("i", [1, 2, 3])
print(x, x.total(), isinstance(x, array), type(x[0:2]).__name__)
c = copy.copy(array("i", [1, 2]))
d = copy.deepcopy(array("d", [0.5]))
print(c, d, c == array("i", [1, 2]))
c.append(3)
print(c)
e = array("f", [1, 2])
f = e.__copy__()
f[0] = 9
print(e, f)
