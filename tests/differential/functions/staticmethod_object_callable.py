# staticmethod objects are callable (since 3.10).
sm = staticmethod(lambda x: x * 2)
print(sm(4))
