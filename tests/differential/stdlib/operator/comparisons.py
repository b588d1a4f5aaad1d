import operator as op
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "b"), op.ge(3, 4), op.gt(5, 4))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2, 3], 2), op.contains("abc", "d"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
