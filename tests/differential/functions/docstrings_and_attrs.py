def documented(x):
    """Return x doubled."""
    return x * 2
def undocumented():
    return None
print(documented.__doc__, undocumented.__doc__, documented(4))
print(documented.__name__, undocumented.__name__)
