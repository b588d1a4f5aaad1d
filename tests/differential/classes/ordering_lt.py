class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return f"V{self.s}"
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3", "2.0"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"), Version("1.0") == Version("1.0"))
try:
    Version("1.0") <= Version("1.1")
except TypeError as e:
    print("TypeError:", e)
