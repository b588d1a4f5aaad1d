import copy
class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("copy hook")
        return C(self.v + 1)
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return C(copy.deepcopy(self.v, memo))
c = C(1)
print(copy.copy(c).v, copy.deepcopy(c).v)
print(copy.deepcopy([c, c])[0].v)
class S:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st) if False else None
        for k, v in st.items():
            setattr(self, k, v)
        self.cache = "rebuilt"
s2 = copy.deepcopy(S())
print(s2.a, s2.cache)
s3 = copy.copy(S())
print(s3.a, s3.cache)
