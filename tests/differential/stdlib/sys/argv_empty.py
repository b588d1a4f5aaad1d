import sys
print(sys.argv[1:], len(sys.argv))
if len(sys.argv) < 2:
    print("usage: prog NAME")
    sys.exit(2)
print("unreachable")
