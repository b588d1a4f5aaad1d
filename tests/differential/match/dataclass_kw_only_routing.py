# Matching dataclasses with keyword-only fields (KW_ONLY sentinel): only
# positional fields are in __match_args__, keyword patterns reach the rest,
# mapping sub-patterns inside class patterns; match_args=False disables
# positional matching.
from dataclasses import dataclass, field, KW_ONLY
@dataclass
class Req:
    method: str
    path: str
    _: KW_ONLY
    body: str = ""
    headers: dict = field(default_factory=dict)
print(Req.__match_args__)
def route(r):
    match r:
        case Req("GET", "/"):
            return "home"
        case Req("GET", path) if path.startswith("/static/"):
            return "static " + path[8:]
        case Req("POST", "/login", body=b) if b:
            return "login with " + b
        case Req(method, _, headers={"X-Debug": "1"}):
            return "debug " + method
        case Req(m, p):
            return "404 %s %s" % (m, p)
for r in (Req("GET", "/"), Req("GET", "/static/a.css"), Req("POST", "/login", body="pw"),
          Req("PUT", "/x", headers={"X-Debug": "1", "Other": "2"}), Req("POST", "/login"), Req("DELETE", "/y")):
    print(route(r))
try:
    Req("GET", "/", "body")
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(match_args=False)
class NoArgs:
    a: int
try:
    match NoArgs(1):
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
