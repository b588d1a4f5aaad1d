# Set displays of three or more constants are folded by CPython into a
# frozenset first, which decides their iteration order.
print({5, 20, 4})
print({33, 1, 17, 9, 2, 5})
print({-1, -2, 100, 7})
print({(1, 2), (3, 4), (0, 0)} == {(0, 0), (1, 2), (3, 4)})
print({1.5, 2, 8, 16, 32, 64})
a, b = 5, 20
print({a, b, 4})
print({16, 8, 24}, {8, 16, 24, 32})
print(list({40, 8, 16, 24, 32, 0}))
s = {9, 17, 25, 1}
s.add(33)
print(s)
print(frozenset({64, 32, 16, 8}))
