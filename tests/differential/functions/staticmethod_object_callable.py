# staticmethod objects are callable since Python 3.10: CPython prints 8;
# Molt: TypeError: 'staticmethod' object is not callable.
sm = staticmethod(lambda x: x * 2)
print(sm(4))
