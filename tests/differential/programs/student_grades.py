# Reads "name score score ..." lines from stdin and prints a grade report.
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


students = {}
errors = []
line_no = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    line_no += 1
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, *raw = line.split()
    try:
        scores = [int(s) for s in raw]
    except ValueError as e:
        errors.append(f"line {line_no}: {e}")
        continue
    if not scores:
        errors.append(f"line {line_no}: no scores for {name}")
        continue
    students.setdefault(name, []).extend(scores)

print(f"{'name':<8}{'n':>3}{'avg':>8}{'min':>5}{'max':>5}  grade")
for name in sorted(students, key=lambda n: (-sum(students[n]) / len(students[n]), n)):
    sc = students[name]
    avg = sum(sc) / len(sc)
    print(f"{name:<8}{len(sc):>3}{avg:>8.2f}{min(sc):>5}{max(sc):>5}  {letter(avg)}")
all_scores = [s for sc in students.values() for s in sc]
print("class average: %.3f" % (sum(all_scores) / len(all_scores)))
dist = {}
for name, sc in students.items():
    g = letter(sum(sc) / len(sc))
    dist[g] = dist.get(g, 0) + 1
print("distribution:", ", ".join(f"{g}={dist.get(g, 0)}" for g in "ABCDF"))
for e in errors:
    print("error:", e)
