# Class patterns on built-in types match the subject itself positionally;
# __match_args__ errors are CPython's.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s):
            return f"str {s!r}"
        case list([a, b]):
            return f"list pair {a} {b}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case tuple((x, *_)):
            return f"tuple starting {x}"
        case _:
            return "other"


for v in [True, 3, "s", [1, 2], {"k": 9}, (7, 8, 9), 2.5, [1]]:
    print(kind(v))


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


for obj, label in [(NoArgs(), "NoArgs"), (BadArgs(), "BadArgs")]:
    try:
        match obj:
            case NoArgs(x) | BadArgs(x):
                print("matched", x)
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    __match_args__ = ("content",)

    def __init__(self, content):
        self.content = content


match Box(Box(3)):
    case Box(Box(n)) if n > 2:
        print("nested box", n)
match Box(None):
    case Box(content=None):
        print("empty box")
match NoArgs():
    case NoArgs(missing=1):
        print("no")
    case NoArgs():
        print("attribute missing means no match")
