a = []
a.append(1)
a.append([2, 3])
a.extend([4, 5])
a.extend("ab")
a.extend(range(2))
a.extend((9,))
print(a)
a.insert(0, "first")
a.insert(3, "mid")
a.insert(100, "end")
a.insert(-1, "before-end")
a.insert(-100, "very-first")
print(a)
b = [1, 2]
b += [3]
b += "xy"
print(b)
c = b
c += [0]
print(b is c, b)
d = b + [1]
print(d is b, len(d), len(b))
