# Huffman coding: frequency counting
# CPython reads the first line as a PEP 263 encoding declaration
# ("coding: frequency") and fails with "SyntaxError: encoding problem: frequency"
# (exit 1, nothing on stdout). Molt ignores the line and runs the program.
print("ran")
