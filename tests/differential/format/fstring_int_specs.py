n = 1234567
for spec in ["d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", "-d", ",", "_", "_d", "12,", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010x", "08b", "_b", "e", ".2f", "%", "c"]:
    try:
        print(repr(spec), "[" + format(n if spec != "c" else 65, spec) + "]")
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
m = -42
print(f"[{m:5}] [{m:<5}] [{m:^7}] [{m:05}] [{m:+}] [{m: }] [{m:=6}] [{m:*=8}] [{m:x}] [{m:#b}]")
print(f"{2**70:,}", f"{2**70:_x}", f"{0:05d}", f"{0:+d}")
w = 8
print(f"[{n:{w}}] [{n:>{w}}] [{n:{'^'}{w + 4}}]")
