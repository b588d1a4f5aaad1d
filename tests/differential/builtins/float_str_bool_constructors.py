print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-nan"), float(" .5"), float("1_0.0_1"))
print(str(), str(12), str(1.0), str([1, "x"]), str(None), str(True), str(b"x"), str(-0.0))
print(bool(), bool(0), bool(1), bool("x"), bool([]), bool([0]), bool(None), bool(0.0), bool("False"))
for s in ["1,5", "one", "1e", "--1", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
