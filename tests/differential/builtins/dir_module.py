# dir(module) lists the module's names, sorted.
import math
print([n for n in dir(math) if not n.startswith("_")])
