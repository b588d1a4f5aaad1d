# Calling the types of None, NotImplemented and Ellipsis returns the
# singleton; any argument is CPython's TypeError.
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
for t in (type(None), type(NotImplemented), type(...)):
    for args, kwargs in (((1,), {}), ((), {"x": 1})):
        try:
            t(*args, **kwargs)
        except TypeError as e:
            print(e)
