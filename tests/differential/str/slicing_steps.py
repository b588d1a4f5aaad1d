s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[::3], s[-1:-11:-3], s[9:None:-1], s[None:None:-4])
u = "añ中😀bc"
print(u[::-1], u[1:4], u[::2], u[-2::-1])
for start in [None, 0, 3, -2]:
    for stop in [None, 5, -1]:
        for step in [None, 1, 2, -1]:
            print(start, stop, step, repr(s[start:stop:step]))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
