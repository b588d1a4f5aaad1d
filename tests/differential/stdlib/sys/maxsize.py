import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.maxsize + 1, type(sys.maxsize + 1).__name__)
print(len(range(sys.maxsize)) == sys.maxsize)
print(sys.maxsize * 2 // 2 == sys.maxsize, hex(sys.maxsize))
