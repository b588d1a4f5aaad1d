import copy
shared = [1, 2]
outer = [shared, shared, {"s": shared}]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[0] is c[2]["s"], c[0] is shared)
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, b[0])
d = {}
d["me"] = d
e = copy.deepcopy(d)
print(e["me"] is e, e is not d)
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print(u[0][0] is u, u is not t)
