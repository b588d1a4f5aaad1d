# Word frequency count over an embedded text.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""

def normalize(text):
    out = []
    for ch in text.lower():
        out.append(ch if ch.isalpha() or ch.isspace() else " ")
    return "".join(out).split()

words = normalize(TEXT)
print("total words:", len(words))
print("distinct words:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 10:")
for rank, (w, n) in enumerate(ranked[:10], 1):
    bar = "#" * n
    print(f"{rank:>2}. {w:<8} {n:>3} {bar}")
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
singletons = sorted(w for w, n in freq.items() if n == 1)
print("hapax legomena:", len(singletons), singletons[:8])
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest)
lines = [l for l in TEXT.strip().splitlines()]
print("lines:", len(lines), "avg words/line: %.2f" % (len(words) / len(lines)))
first_letter = {}
for w in words:
    first_letter[w[0]] = first_letter.get(w[0], 0) + 1
print("".join(f"{k}{v} " for k, v in sorted(first_letter.items())).strip())
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for (a, b), n in top_bi:
    print(f"{a} {b}: {n}")
