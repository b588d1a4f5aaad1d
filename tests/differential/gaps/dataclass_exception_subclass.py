# @dataclass on an Exception subclass fails at run time in Molt:
# TypeError: dataclass() of this class is not supported by Molt
# CPython: (5, 'bad') (5, 'bad') AppError(code=5, detail='bad') 5 True
from dataclasses import dataclass
@dataclass
class AppError(Exception):
    code: int
    detail: str = "none"
e = AppError(5, "bad")
print(e.args, str(e), repr(e), e.code, e == AppError(5, "bad"))
