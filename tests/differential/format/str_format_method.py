print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name} is {age}".format(name="Al", age=3))
print("{0[0]} {0[1]}".format(["p", "q"]), "{d[k]}".format(d={"k": "v"}), "{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:.3f} {:,} {:x} {:08.2f} {:+d}".format(3.14159, 1234567, 255, -3.5, 7))
print("{!r} {!s} {{}} {{{}}}".format("q", "q", "in"))
print("{0:{1}}|".format("w", 6), "{:{fill}^{width}}".format("mid", fill="*", width=9))
print("{}".format(None), "{}".format([1, 2]), "{:d}".format(True), "{}".format(1e16))
data = [("x", 1), ("yy", 22), ("zzz", 333)]
for k, v in data:
    print("{:<5}{:>5}".format(k, v))
for fmt, a in [("{} {}", ("only",)), ("{2}", ("a", "b")), ("{x}", ())]:
    try:
        print(fmt.format(*a))
    except (IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
