# A declarative validation framework: Rule objects declared as annotated
# class attributes of a Schema subclass are collected by a class decorator
# (walking the MRO's __annotations__ so subclasses extend their bases), validators registered
# with decorators, errors aggregated into a ValidationError that holds a
# list of FieldError, and cleaned data returned as a dict.
from abc import ABC, abstractmethod
from typing import Any, Callable, Dict, List, Optional


class FieldError(Exception):
    def __init__(self, field: str, msg: str) -> None:
        super().__init__("%s: %s" % (field, msg))
        self.field = field


class ValidationError(Exception):
    def __init__(self, errors: List[FieldError]) -> None:
        super().__init__("%d error(s)" % len(errors))
        self.errors = errors

    def __str__(self) -> str:
        return "; ".join(str(e) for e in self.errors)


class Rule(ABC):
    order = 0

    def __init__(self, required: bool = True, default: Any = None) -> None:
        Rule.order += 1
        self.order = Rule.order
        self.required = required
        self.default = default
        self.name = "?"

    @abstractmethod
    def convert(self, raw: Any) -> Any: ...

    def __repr__(self) -> str:
        return "%s(%s)" % (type(self).__name__, self.name)


class Int(Rule):
    def __init__(self, lo: Optional[int] = None, hi: Optional[int] = None, **kw) -> None:
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def convert(self, raw):
        try:
            v = int(raw)
        except (TypeError, ValueError):
            raise ValueError("not an integer: %r" % (raw,)) from None
        if self.lo is not None and v < self.lo:
            raise ValueError("must be >= %d" % self.lo)
        if self.hi is not None and v > self.hi:
            raise ValueError("must be <= %d" % self.hi)
        return v


class Text(Rule):
    def __init__(self, max_len: int = 50, choices=None, **kw) -> None:
        super().__init__(**kw)
        self.max_len, self.choices = max_len, choices

    def convert(self, raw):
        if not isinstance(raw, str):
            raise TypeError("expected text, got %s" % type(raw).__name__)
        v = raw.strip()
        if len(v) > self.max_len:
            raise ValueError("longer than %d" % self.max_len)
        if self.choices and v not in self.choices:
            raise ValueError("must be one of %s" % ", ".join(sorted(self.choices)))
        return v


class Email(Text):
    def convert(self, raw):
        v = super().convert(raw).lower()
        user, at, host = v.partition("@")
        if not (user and at and "." in host):
            raise ValueError("invalid email %r" % v)
        return v


_pending_checks: List[Callable] = []


def schema(cls):
    rules: Dict[str, Rule] = {}
    for klass in reversed(cls.__mro__):
        for name, value in getattr(klass, "__annotations__", {}).items():
            rule = getattr(klass, name, None)
            if isinstance(rule, Rule):
                rule.name = name
                rules[name] = rule
    cls.rules = dict(sorted(rules.items(), key=lambda kv: kv[1].order))
    cls.checks = list(getattr(cls, "checks", [])) + _pending_checks
    _pending_checks.clear()
    return cls


def check(fn: Callable) -> Callable:
    _pending_checks.append(fn)
    return fn


class Schema:
    rules: Dict[str, Rule] = {}
    checks: List[Callable] = []

    @classmethod
    def validate(cls, data: Dict[str, Any]) -> Dict[str, Any]:
        clean: Dict[str, Any] = {}
        errors: List[FieldError] = []
        for name, rule in cls.rules.items():
            if name not in data or data[name] in ("", None):
                if rule.required:
                    errors.append(FieldError(name, "required"))
                else:
                    clean[name] = rule.default
                continue
            try:
                clean[name] = rule.convert(data[name])
            except (ValueError, TypeError) as e:
                errors.append(FieldError(name, "%s (%s)" % (e, type(e).__name__)))
        unknown = sorted(set(data) - set(cls.rules))
        for name in unknown:
            errors.append(FieldError(name, "unexpected field"))
        if not errors:
            for fn in cls.checks:
                try:
                    fn(clean)
                except FieldError as e:
                    errors.append(e)
        if errors:
            raise ValidationError(errors)
        return clean


@schema
class Signup(Schema):
    username: Text = Text(max_len=12)
    email: Email = Email()
    age: Int = Int(lo=13, hi=120)
    plan: Text = Text(choices={"free", "pro"}, required=False, default="free")

    @check
    def pro_needs_adult(data):
        if data["plan"] == "pro" and data["age"] < 18:
            raise FieldError("plan", "pro plan requires age 18+")


@schema
class TeamSignup(Signup):
    team: Text = Text(max_len=20)
    seats: Int = Int(lo=1, required=False, default=5)


cases = [
    (Signup, {"username": " ada ", "email": "Ada@Example.org", "age": "36"}),
    (Signup, {"username": "bob", "email": "bob@host", "age": "x", "plan": "gold"}),
    (Signup, {"email": "c@d.io", "age": 200, "extra": 1, "zzz": 2}),
    (Signup, {"username": "kid", "email": "k@d.io", "age": 15, "plan": "pro"}),
    (Signup, {"username": 42, "email": "e@f.gh", "age": 30}),
    (TeamSignup, {"username": "dee", "email": "d@e.fg", "age": 40, "team": "core", "plan": "pro"}),
    (TeamSignup, {"username": "a-very-long-name", "email": "x@y.z", "age": 20, "seats": 0}),
]
for cls, data in cases:
    try:
        print(cls.__name__, "ok:", cls.validate(data))
    except ValidationError as e:
        print(cls.__name__, "failed:", e.args[0])
        for err in e.errors:
            print("   ", err.field, "->", err)
print(list(Signup.rules), list(TeamSignup.rules))
print(Signup.rules["email"], isinstance(Signup.rules["email"], Text), len(TeamSignup.checks))
try:
    Rule()
except TypeError as e:
    print(type(e).__name__, e)
