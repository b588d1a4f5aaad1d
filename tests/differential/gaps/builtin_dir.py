# The builtin dir() is missing: Molt builds the program, then fails at run time with
# "NameError: name 'dir' is not defined" (neither implemented nor refused at build time).
class A:
    x = 1
    def m(self):
        pass
print([n for n in dir(A) if not n.startswith("__")])
