# A caught exception carries a traceback object, and __exit__ receives one
# when the with body raised.
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
