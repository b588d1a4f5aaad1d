s = "text"
for spec in ["", "10", "<10", ">10", "^10", "*^10", "-<9", ".2", "10.2", "^11.3", "3", "0>8"]:
    print(repr(spec), "[" + format(s, spec) + "]")
print(f"[{'中文':^8}] [{'é':>3}]")
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}")
print(f"{'total':<10}|{sum(r[1] for r in rows):>5}|{sum(r[1] * r[2] for r in rows):>8.2f}")
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
