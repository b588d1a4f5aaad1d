import sys

a = sys.intern("hello world " * 2)
b = sys.intern("hello world hello world ")
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
n = sys.stdout.write("written directly\n")
print(n)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(sys.argv[0] != "", len(sys.argv))
