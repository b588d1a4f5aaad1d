# Run-length encoding and decoding of strings, with validation and statistics.
def rle_encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev, count = ch, 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)


def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * (int(num) if num else 1))
            num = ""
    if num:
        raise ValueError(f"dangling count {num!r} in {s!r}")
    return "".join(out)


samples = ["", "a", "aaaa", "abc", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "xyyzzz" * 3, "ééé中中😀"]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    ratio = len(enc) / len(s) if s else 0.0
    print(f"{s[:20]!r:<24} -> {enc!r:<30} ok={dec == s} ratio={ratio:.3f}")
for bad in ["3a4", "12"]:
    try:
        rle_decode(bad)
    except ValueError as e:
        print("ValueError:", e)
print(rle_decode("10x2y1z"), rle_decode("a12b"))
runs = []
s = "aaabbbbbbcddddddddd"
i = 0
while i < len(s):
    j = i
    while j < len(s) and s[j] == s[i]:
        j += 1
    runs.append((s[i], j - i))
    i = j
print(runs, max(runs, key=lambda r: r[1]))
