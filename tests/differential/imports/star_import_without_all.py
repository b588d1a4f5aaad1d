# Without __all__, `from m import *` imports every public name and skips
# names starting with an underscore (dunders included).
from shop.plain_names import *
print(public_value, public_func())
for name in ("_private_value", "_private_func", "__dunder_value__"):
    try:
        print(eval_name := {"_private_value": lambda: _private_value,
                            "_private_func": lambda: _private_func,
                            "__dunder_value__": lambda: __dunder_value__}[name]())
    except NameError as e:
        print(type(e).__name__, e)
from shop.plain_names import _private_value
print("explicit import still works:", _private_value)
