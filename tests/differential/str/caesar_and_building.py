def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! Zebra-xylophone."
for k in [0, 1, 13, 25, -3]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for p in ["A man, a plan, a canal: Panama", "racecar", "hello", ""]:
    print(repr(p), is_pal(p))
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print("-".join(w.capitalize() for w in "snake_case_to_title".split("_")))
