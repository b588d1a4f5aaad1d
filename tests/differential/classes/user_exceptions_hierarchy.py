class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class RangeError(ValidationError):
    pass
def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if not 0 <= record.get("age", 0) <= 150:
        raise RangeError("age", f"{record['age']} out of range")
    return "ok"
for rec in [{"name": "a", "age": 3}, {"age": 4}, {"name": "b", "age": 200}]:
    try:
        print(validate(rec))
    except RangeError as e:
        print("RangeError", e.field, e)
    except ValidationError as e:
        print("ValidationError", e.field, e, e.args)
