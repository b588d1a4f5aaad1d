# A method that raises: the caller's frame marks the whole call, including
# blanks before the parentheses.
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()

s = Stack()
s.items.append(1)
print(s.pop())
print(s.pop  ())
