for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("for", i)
j = 0
while True:
    j += 1
    if j % 2:
        continue
    if j > 8:
        break
    print("while", j)
for i in range(3):
    for k in range(3):
        if k == i:
            break
        print("pair", i, k)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print("found", found)
