from dataclasses import dataclass, field, fields, KW_ONLY
from typing import ClassVar

@dataclass
class Config:
    name: str
    instances: ClassVar[int] = 0
    debug: bool = field(default=False, kw_only=True)
    level: int = field(kw_only=True, default=1)

c = Config("x", level=3)
print(c, Config.instances, [f.name for f in fields(Config)])
try:
    Config("x", True)
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
print(Opts(a=1))
try:
    Opts(1)
except TypeError as e:
    print(e)
try:
    Opts()
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int
    z: int = 0
print(Mixed(1, y=2), Mixed.__match_args__)
