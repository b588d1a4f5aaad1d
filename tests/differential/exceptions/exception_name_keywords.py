# Keyword arguments and attributes of NameError, ImportError and
# AttributeError (name, path, msg, obj); other exceptions take no keywords.
e = NameError('m'); print(e.name); e.name='q'; print(e.name)
e = ImportError('m', name='n', path='p'); print(e.msg, e.name, e.path, e.args, str(e))
e = ImportError('a','b'); print(e.msg)
for f in [lambda: NameError(foo=1), lambda: ImportError(foo=1), lambda: ValueError(foo=1), lambda: AttributeError(foo=1)]:
    try: f()
    except TypeError as t: print(t)
print(repr(ImportError('x', name='n')), repr(OSError(2, 'x')))
e = AttributeError("q", name="n", obj=3)
print(e.name, e.obj, e.args)
