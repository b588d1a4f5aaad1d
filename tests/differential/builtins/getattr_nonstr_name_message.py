# getattr() with a non-str name: TypeError "attribute name must be string,
# not 'int'" (3.11's wording, without the function name).
try:
    getattr(object(), 5)
except TypeError as e:
    print(e)
