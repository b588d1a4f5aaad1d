d = {i: str(i) for i in range(8)}
del d[3]
del d[0]
print(d)
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)
d.update({10: "ten"})
print(d, len(d))
snapshot = dict(d)
d.clear()
print(d, snapshot)
x = {"a": {"b": {"c": 1}}}
x["a"]["b"]["d"] = 2
del x["a"]["b"]["c"]
print(x)
