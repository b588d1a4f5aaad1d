# __exit__ receives the exception type, the instance and a traceback
# argument when the body raises, and three Nones when it does not.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else et, "tb is None:", et is None and tb is None)
        print("value:", repr(ev))
        print("value is instance of type:", isinstance(ev, et) if et else None)
        return True
with Inspect():
    raise ValueError("v", 2)
with Inspect():
    pass
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
with Inspect() as i:
    raise MyErr(7)
print("ok", type(i).__name__)
