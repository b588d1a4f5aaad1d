lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(len(lines), "lines")
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line!r}")
nums = [int(x) for line in lines for x in line.split() if x.lstrip("-").isdigit()]
print(nums, sum(nums))
