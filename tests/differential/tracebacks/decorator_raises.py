# An exception raised by a decorator marks the decorator expression.
def register(f):
    raise LookupError("no registry for " + f.__name__)

@register
def handler():
    pass
