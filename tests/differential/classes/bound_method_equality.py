# Bound methods of the same function and the same instance compare equal.
class C:
    def m(self):
        pass
c = C()
print(c.m == c.m, c.m != c.m)
