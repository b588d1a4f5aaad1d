# molt-args: alpha 42 --flag plain x=1 -7
import sys
args = sys.argv[1:]
print(len(args))
for i, a in enumerate(args, 1):
    print(i, repr(a))
nums = [int(a) for a in args if a.isdigit()]
print("numbers:", nums)
print("flags:", [a for a in args if a.startswith("--")])
print(type(sys.argv).__name__, len(sys.argv) >= 1)
