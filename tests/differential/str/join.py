print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"), "-".join([]), "-".join(["solo"]))
print(", ".join(str(i) for i in range(5)))
print("\n".join(["first", "second"]))
print("".join(reversed("stressed")))
print("中".join(["a", "b"]))
print("|".join(("t", "u", "p")), "+".join({"k1": 1, "k2": 2}))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
