try:
    from partialpkg.a import A_VALUE
except ImportError as e:
    print(type(e).__name__, e.name, str(e).rsplit(" (", 1)[0])
B_VALUE = "b"
