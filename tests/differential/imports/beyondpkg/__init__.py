try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e)
VALUE = "package ran on"
