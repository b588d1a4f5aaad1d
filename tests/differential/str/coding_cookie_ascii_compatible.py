# -*- coding: latin-1 -*-
# An ASCII-only file declaring an ASCII-compatible encoding (PEP 263) reads
# the same as UTF-8 and runs.
print("ok")
