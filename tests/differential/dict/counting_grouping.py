text = "it was the best of times it was the worst of times"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print({k: sorted(set(v)) for k, v in sorted(groups.items())})
inverted = {}
for k, v in freq.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
