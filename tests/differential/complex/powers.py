z = 1 + 2j
print(z ** 2, z ** 3, z ** -1, z ** -2, z ** 0, z ** 1, 1j ** 2, 1j ** 100, 1j ** 101, 2 ** z, z ** 0.5, z ** z, 0j ** 0, 0j ** 2, (2 + 0j) ** 0.5, (-1 + 0j) ** 0.5)
print(pow(z, 3), pow(2j, -3), (1 + 1j) ** 200, 1.5 ** (1 + 1j), (1 + 1e-10j) ** 1e10)
for f in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: pow(z, 2, 3), lambda: (1e200 + 1e200j) ** 2, lambda: (1e300 + 1j) ** 2.5, lambda: 10j ** 400]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
