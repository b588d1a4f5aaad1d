words = "the quick brown fox jumps over the lazy dog".split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest)
print([w for w in words if "o" in w])
print(sorted(set(words)))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
vowels = sum(1 for ch in " ".join(words) if ch in "aeiou")
print("vowels", vowels)
acr = "".join(w[0].upper() for w in words)
print(acr)
pairs = [(w, w[::-1]) for w in words if len(w) == 3]
print(pairs)
