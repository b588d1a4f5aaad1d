import io

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print("hello", "world", file=u)
u.writelines(["more\n"])
print(repr(u.getvalue()), isinstance(u, io.StringIO))

class Prefilled(io.StringIO):
    def __init__(self, n):
        super().__init__("x" * n)
        self.n = n

p = Prefilled(3)
print(p.n, repr(p.read()), type(p).__name__)
