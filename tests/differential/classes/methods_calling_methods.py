class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        return self
    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty Stack")
        return self.items.pop()
    def is_empty(self):
        return len(self.items) == 0
    def peek(self):
        return None if self.is_empty() else self.items[-1]
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Stack({self.items})"
s = Stack().push(1).push(2).push(3)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), s, s.is_empty())
s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(s.peek(), bool(s))
