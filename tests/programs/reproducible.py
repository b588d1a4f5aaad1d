# Built twice in different directories and environments: the binaries must
# be bit-for-bit identical.
def greet(name, times=2):
    return ", ".join([f"hello {name}"] * times)


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1


c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(greet("molt"), sorted(c.counts.items()))
