z = 1 + 2j
print(z == 1 + 2j, (2 + 0j) == 2, 2.0 == 2 + 0j, z != 1, 1j == 1, (1 + 0j) == True, 0j == 0, 0j == -0.0, z == 'x', (10 ** 20 + 0j) == 10 ** 20, (2 ** 53 + 1 + 0j) == 2 ** 53 + 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j), hash(-1j), hash(3 - 4j), hash(0j), {1 + 0j: 'a'}[1], len({1, 1.0, 1 + 0j}), 1j in [1j])
print(abs(3 + 4j), abs(-1j), abs(0j), abs(1e308 + 1e300j), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
print(bool(0j), bool(1j), bool(0.0 + 0j), not 1e-300j)
for f in [lambda: z < z, lambda: z > 1, lambda: 1 <= z, lambda: abs(1e308 + 1e308j), lambda: sorted([1j, 2j])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
