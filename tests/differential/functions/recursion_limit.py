# Recursion past the limit raises RecursionError (never a crash), the limit
# can be raised, and the program continues normally afterwards.
import sys


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


def forever(n):
    return forever(n + 1)


print(sys.getrecursionlimit())
print(down(900))
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit(), down(15000))
try:
    forever(0)
except RecursionError as e:
    print("again:", e)


class Node:
    def __init__(self, child):
        self.child = child

    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)


n = None
for _ in range(10000):
    n = Node(n)
print(n.depth())
print(down(10))
