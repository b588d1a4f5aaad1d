raw = ["10", "x", "30", "", "5.5", "-2", "7"]
total = 0
bad = []
for s in raw:
    try:
        n = int(s)
    except ValueError as e:
        bad.append(str(e))
        continue
    total += n
print("total", total)
for b in bad:
    print("bad:", b)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError(f"attempt {attempts} failed")
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print(e)
