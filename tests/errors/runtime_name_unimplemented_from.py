# A name the runtime's module does not define fails the build where it is
# imported, instead of at run time.
from functools import reduce, partialmethod

print(reduce(max, [1, 2]))
