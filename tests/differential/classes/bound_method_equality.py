# Two bound methods of the same function and same instance compare equal in
# CPython (c.m == c.m is True); Molt says False.
class C:
    def m(self):
        pass
c = C()
print(c.m == c.m, c.m != c.m)
