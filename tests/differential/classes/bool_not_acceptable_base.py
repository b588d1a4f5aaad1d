# bool can never be subclassed: "type 'bool' is not an acceptable base type".
try:
    class T(bool): pass
except TypeError as e:
    print(e)
