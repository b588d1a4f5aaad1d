s = "hello"
for i in [0, 4, -1, -5, 5, -6, 10]:
    try:
        print(i, s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    ""[0]
except IndexError as e:
    print("IndexError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
print(s[True])
