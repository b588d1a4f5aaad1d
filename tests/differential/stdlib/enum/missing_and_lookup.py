from enum import Enum

class Http(Enum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None

print(Http("404"), Http(500))
try:
    Http(418)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Http("abc")
except ValueError as e:
    print(type(e).__name__, e)

class Token(Enum):
    PLUS = "+"
    MINUS = "-"
    LIST = [1, 2]
print(Token("+"), Token([1, 2]))
lookup = {t.value: t for t in Token if isinstance(t.value, str)}
print(lookup["-"])
print(Token.LIST.value)
