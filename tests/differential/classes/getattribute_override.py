# A user __getattribute__ sees every read; object.__getattribute__ does the
# normal lookup; __getattr__ still runs when it raises AttributeError.


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("get", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name

    def method(self):
        return "m"


o = Logged()
print(o.x)
print(o.method())
print(o.missing)


class Virtual:
    def __getattribute__(self, name):
        if name == "answer":
            return 42
        raise AttributeError(f"no {name} here")


v = Virtual()
print(v.answer)
try:
    v.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(v, "other", "default"), hasattr(v, "answer"))


def read(obj):
    return obj.x


class Plain:
    def __init__(self):
        self.x = "plain"


items = [Plain(), Logged(), Plain()]
print([read(i) for i in items])
