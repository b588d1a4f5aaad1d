# User exceptions with extra attributes, custom __str__, args handling, and
# exceptions with keyword-only data.
class HttpError(Exception):
    def __init__(self, status, reason, *, url=None):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
        self.url = url
    def __str__(self):
        return "%d %s%s" % (self.status, self.reason, " at " + self.url if self.url else "")
class NotFound(HttpError):
    def __init__(self, url):
        super().__init__(404, "Not Found", url=url)
class Silent(Exception):
    def __init__(self):
        pass
errs = [HttpError(500, "Server Error"), NotFound("/x"), Silent(), Exception(), Exception("a", 1)]
for e in errs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise NotFound("/missing")
except HttpError as e:
    print(e.status, e.url, isinstance(e, NotFound), isinstance(e, Exception))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
print(issubclass(NotFound, BaseException), NotFound.__mro__[-3].__name__)
