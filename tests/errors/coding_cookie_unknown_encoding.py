# Huffman coding: frequency counting
print("CPython reads the first line as an encoding declaration and refuses it")
