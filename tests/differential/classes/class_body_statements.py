# A class body is ordinary code: loops, conditionals, comprehensions,
# function calls, deletes, and names computed from earlier ones.
DEBUG = False

def make_label(n):
    return "label-%d" % n

class Config:
    print("class body runs")
    base = 10
    doubled = base * 2
    if DEBUG:
        mode = "debug"
    else:
        mode = "release"
    for _i in range(3):
        base += _i
    squares = [x * x for x in range(4)]
    label = make_label(doubled)
    try:
        risky = int("nope")
    except ValueError:
        risky = -1
    def method(self):
        return self.base + self.doubled

print(Config.base, Config.doubled, Config.mode, Config.squares, Config.label, Config.risky)
print(hasattr(Config, "temp"), Config._i)
print(Config().method())
