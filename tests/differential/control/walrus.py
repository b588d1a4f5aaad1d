data = [5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 1, 4, 1, 5, 0, 9])
total = 0
while (v := next(values)) != 0:
    total += v
print("total", total, "stopped at", v)
pairs = [(x, sq) for x in range(6) if (sq := x * x) % 2 == 0]
print(pairs)
print((z := 10) + z)
text = "key=value"
if (idx := text.find("=")) != -1:
    print(text[:idx], text[idx + 1:])
def f():
    [(last := i) for i in range(4)]
    return last
print(f())
