import operator as op
d = {"a": 1}
op.setitem(d, "b", 2); print(d, op.getitem(d, "b"))
op.delitem(d, "a"); print(d)
l = [1, 2, 3, 4]
print(op.getitem(l, slice(1, 3)), op.concat([1], [2]), op.concat("a", "b"))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul("a", 3))
