# dir(cls) lists the class's and its bases' attribute names, sorted.
class A:
    x = 1
    def m(self):
        pass
print([n for n in dir(A) if not n.startswith("__")])
