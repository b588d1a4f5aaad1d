# reversed() of an object with __len__ and __getitem__ (no __reversed__)
# reads indices len-1 down to 0.
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        return self.items[key]
print(list(reversed(Seq([4, 5]))))
