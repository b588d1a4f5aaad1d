for s in ["1.5", " -2.25 ", "1e3", "1E-3", "inf", "-Infinity", "nan", "  3  ", ".5", "5.", "1_000.5", "+1.5"]:
    print(repr(s), float(s))
print(float(3), float(-2**70), float(True), float())
for s in ["abc", "", "1.2.3", "1e", "- 1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
