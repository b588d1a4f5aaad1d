# Exceptions carry no traceback object: e.__traceback__ is None in Molt, and
# __exit__ receives tb=None when the with body raised. CPython: True, True.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(tb is not None)
        return True
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__traceback__ is not None)
with Inspect():
    raise ValueError("v")
