# Outside any handler there is no exception: format_exc gives 'NoneType: None'.
import traceback
print(repr(traceback.format_exc()))
try:
    raise KeyError("k")
except KeyError:
    pass
print(repr(traceback.format_exc()))
