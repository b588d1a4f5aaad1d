# @dataclass on exception classes: the generated __init__/__repr__/__eq__
# work, args are the constructor's positional arguments (keywords are not in
# args), the exception raises and is caught normally, frozen works, and
# field defaults, kw_only and __post_init__ apply.
from dataclasses import dataclass, field, FrozenInstanceError, fields
@dataclass
class AppError(Exception):
    code: int
    detail: str = "none"
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.tags.append("posted")
@dataclass(frozen=True)
class Frozen(ValueError):
    reason: str
@dataclass(kw_only=True)
class KwErr(LookupError):
    key: str
e = AppError(5, detail="bad")
print(e.args, str(e), repr(e), e.code, e.tags, e == AppError(5, "bad"), e == AppError(6))
try:
    raise AppError(7)
except Exception as caught:
    print(type(caught).__name__, caught.args, caught.detail, isinstance(caught, Exception))
f = Frozen("why")
try:
    f.reason = "other"
except FrozenInstanceError as err:
    print("FrozenInstanceError", err)
print(f, f.args, hash(f) == hash(Frozen("why")))
k = KwErr(key="k")
print(k, k.args, [x.name for x in fields(k)])
try:
    KwErr("k")
except TypeError as err:
    print(err)
