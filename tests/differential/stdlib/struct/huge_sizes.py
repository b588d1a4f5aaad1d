import hashlib
import struct
from array import array
for f in [lambda: struct.pack("100000000000x"), lambda: array("i", [1]) * 10**12,
          lambda: hashlib.shake_128().digest(10**12), lambda: struct.calcsize("100000000000x")]:
    try:
        print(f())
    except MemoryError as e:
        print("MemoryError", e)
