s = "hello world"
for sub in ["hello", "o w", "", "world!", "H", "lo", "d"]:
    print(repr(sub), sub in s, sub not in s)
print("" in "", "a" in "")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
