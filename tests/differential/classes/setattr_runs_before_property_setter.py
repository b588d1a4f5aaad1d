# A class's __setattr__ sees assignments to properties too; the setter runs
# inside object.__setattr__.
class S:
    @property
    def v(self):
        return 1
    @v.setter
    def v(self, val):
        print("setter", val)
    def __setattr__(self, k, val):
        print("__setattr__", k)
        object.__setattr__(self, k, val)
S().v = 5
