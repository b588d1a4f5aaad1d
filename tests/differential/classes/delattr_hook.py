# __delattr__ intercepts `del obj.attr` and delattr(); here it records the
# deletion in a log instead of removing anything.
class Soft:
    def __init__(self):
        self.log = []
        self.a = 1
    def __delattr__(self, name):
        if name == "log":
            raise AttributeError("log is permanent")
        self.log.append(name)
s = Soft()
del s.a
delattr(s, "nothing")
print(s.a, s.log)
try:
    del s.log
except AttributeError as e:
    print(type(e).__name__, e)
