class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what)
        self.what = what
    def __str__(self):
        return f"{self.what} not found"
class Invalid(AppError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
class Plain(Exception):
    pass
errors = [NotFound("user 7"), Invalid("age", "negative"), AppError("generic"), Plain()]
for err in errors:
    try:
        raise err
    except NotFound as e:
        print("NotFound:", e, "| repr:", repr(e), "| args:", e.args, "| what:", e.what)
    except AppError as e:
        print(type(e).__name__ + ":", e, "| args:", e.args)
    except Exception as e:
        print("other:", type(e).__name__, repr(str(e)), e.args)
print(isinstance(NotFound("x"), AppError), issubclass(Invalid, Exception), NotFound.__name__)
print(isinstance(Invalid("f", "r"), NotFound), isinstance(Plain(), AppError))
