class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        print("  __contains__ called")
        return card in self.cards
    def __iter__(self):
        return iter(self.cards)
d = Deck(["A", "K", "Q", "J"])
print(len(d), d[0], d[-1], d[1:3], bool(d), bool(Deck([])))
print("K" in d, "2" in d)
print(list(d), [c.lower() for c in d], sorted(d), "-".join(d))
for i, c in enumerate(d):
    print(i, c)
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
