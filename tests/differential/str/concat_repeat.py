a = "abc"
b = "de"
print(a + b, b + a, a + "", "" + "")
print(a * 3, 3 * b, a * 0, a * -1, repr(a * 0))
s = ""
for i in range(5):
    s += str(i)
print(s)
s2 = "x"
s2 *= 4
print(s2)
print(("ab" + "c") * 2)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
