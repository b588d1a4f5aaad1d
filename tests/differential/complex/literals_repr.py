print(1j, -1j, 2.5j, 0j, -0j, 1e20j, 1e-7j, 1 + 2j, 1.5 - 0.5j, -1 - 1j, 1j * 1j)
print(repr(3 + 4j), str(3 - 4j), [1j, 2 + 0j], (1e16 + 1j), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0))
print(complex(float('inf'), float('nan')), complex(float('-inf'), -1), 10 ** 20 + 1j, f'{1+2j}', '%s' % (2j,), str(1j).upper())
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), type(z).__name__, type(z.real).__name__, isinstance(z, complex), type(1j) is complex)
