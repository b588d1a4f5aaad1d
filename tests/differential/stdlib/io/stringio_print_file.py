import io

buf = io.StringIO()
print("a", 1, 2.5, None, file=buf)
print("x", "y", sep="-", end="!\n", file=buf)
print(file=buf)
print([1, 2], {"k": (3,)}, file=buf, flush=True)
print(repr(buf.getvalue()))
buf.writelines(["l1\n", "l2\n"])
buf.writelines(x for x in "ab")
print(buf.getvalue().splitlines())
lines = io.StringIO()
for i in range(3):
    lines.write(f"row {i}\n")
print(lines.getvalue(), end="")
print(len(lines.getvalue()), lines.tell())
