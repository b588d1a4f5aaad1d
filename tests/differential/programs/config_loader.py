# A typed configuration loader: nested dataclasses with validation in
# __post_init__, enums parsed from strings, frozen settings, closures as
# validators, and typing generics for a small result type.
from dataclasses import dataclass, field, fields, asdict, FrozenInstanceError
from enum import Enum
from typing import Any, Callable, Dict, Generic, List, Optional, TypeVar, Union

T = TypeVar("T")


class Level(Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int = 80

    def __post_init__(self) -> None:
        if not 0 < self.port < 65536:
            raise ValueError(f"bad port {self.port}")

    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


@dataclass
class Settings:
    name: str
    level: Level = Level.INFO
    endpoints: List[Endpoint] = field(default_factory=list)
    retries: int = 3
    extra: Dict[str, Any] = field(default_factory=dict)


@dataclass
class Result(Generic[T]):
    value: Optional[T] = None
    errors: List[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def in_range(lo: int, hi: int) -> Callable[[int], Optional[str]]:
    def check(v: int) -> Optional[str]:
        return None if lo <= v <= hi else f"{v} not in [{lo}, {hi}]"
    return check


VALIDATORS: Dict[str, Callable[[Any], Optional[str]]] = {"retries": in_range(0, 5)}


def load(raw: Dict[str, Any]) -> Result[Settings]:
    res: Result[Settings] = Result()
    known = {f.name for f in fields(Settings)}
    kwargs: Dict[str, Any] = {}
    for key, val in raw.items():
        if key not in known:
            kwargs.setdefault("extra", {})[key] = val
            continue
        if key == "level":
            try:
                val = Level(val)
            except ValueError as e:
                res.errors.append(str(e))
                continue
        elif key == "endpoints":
            eps = []
            for spec in val:
                host, _, port = spec.partition(":")
                try:
                    eps.append(Endpoint(host, int(port) if port else 80))
                except ValueError as e:
                    res.errors.append(f"{spec}: {e}")
            val = eps
        check = VALIDATORS.get(key)
        if check and (msg := check(val)):
            res.errors.append(f"{key}: {msg}")
            continue
        kwargs[key] = val
    try:
        res.value = Settings(**kwargs)
    except TypeError as e:
        res.errors.append(str(e))
    return res


inputs: List[Dict[str, Union[str, int, List[str]]]] = [
    {"name": "svc", "level": "debug", "endpoints": ["a.local:8080", "b.local"], "color": "blue"},
    {"name": "bad", "level": "loud", "retries": 9, "endpoints": ["c:0"]},
    {"level": "error"},
]
for raw in inputs:
    r = load(raw)
    print("ok" if r.ok else "errors", r.errors)
    if r.value is not None:
        print(" ", r.value)
        print(" ", [e.url() for e in r.value.endpoints], r.value.level.name)

s = load(inputs[0]).value
assert s is not None
print(asdict(s))
ep = s.endpoints[0]
try:
    ep.port = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(ep) == hash(Endpoint("a.local", 8080)), ep == Endpoint("a.local", 8080))
print([lv.value for lv in Level], Level("info") is Level.INFO, Result[int]())
