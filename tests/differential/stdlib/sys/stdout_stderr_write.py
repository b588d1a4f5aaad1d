import sys
sys.stdout.write("no newline")
sys.stdout.write(" -- then newline\n")
r = sys.stdout.write("unicode é中\n")
print("returned", r)
sys.stderr.write("this goes to stderr\n")
for i in range(3):
    sys.stdout.write(str(i) + ",")
sys.stdout.write("\n")
print("mixed with print")
sys.stdout.write("")
sys.stdout.flush()
print("end")
