import sys
for i in range(3):
    print("line", i)
    if i == 1:
        sys.exit(0)
print("unreachable")
