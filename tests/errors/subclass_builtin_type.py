# Built-in types with a runtime layout cannot be subclassed in Molt yet.
class Stack(list):
    def peek(self):
        return self[-1]


print(Stack([1, 2]).peek())
