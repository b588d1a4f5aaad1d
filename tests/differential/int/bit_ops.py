a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(1 << 10, 1 << 64, 1 << 100, 1024 >> 3, -1024 >> 3, -1 >> 10, 5 >> 100)
print(-5 & 0xFF, -5 | 3, -5 ^ 3)
big = 2 ** 100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, big >> 64, ~big)
print(-big & (2 ** 64 - 1))
print((2**80 - 1) & -(2**40))
x = 6
x &= 3; print(x)
x |= 8; print(x)
x ^= 15; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length(), (2**100).bit_length())
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
