raw = "   Name: Alice ; Age: 30 ; City: Paris   "
fields = {}
for part in raw.strip().split(";"):
    key, _, value = part.partition(":")
    fields[key.strip().lower()] = value.strip()
print(fields)
print(sorted(fields.items()))
line = "  The Quick  Brown Fox  "
print("_".join(line.lower().split()))
print(line.strip().replace("  ", " ").upper().center(30, "="))
print("x".join("abc").split("x"))
csv = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77"
rows = [r.split(",") for r in csv.splitlines()]
header, data = rows[0], rows[1:]
for r in data:
    print(dict(zip(header, r)))
print(sum(int(r[2]) for r in data) / len(data))
