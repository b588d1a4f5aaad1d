# @dataclass on an Exception subclass: generated methods plus the exception's args.
from dataclasses import dataclass
@dataclass
class AppError(Exception):
    code: int
    detail: str = "none"
e = AppError(5, "bad")
print(e.args, str(e), repr(e), e.code, e == AppError(5, "bad"))
