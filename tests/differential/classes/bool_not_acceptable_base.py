# class T(bool): CPython: TypeError "type 'bool' is not an acceptable base type" (bool can never
# be subclassed); Molt: "subclassing the built-in type 'bool' is not supported by Molt yet".
try:
    class T(bool): pass
except TypeError as e:
    print(e)
