import operator
print(operator.add(1, 2), operator.sub(5, 7), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-3), operator.abs(-4.5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 5), operator.rshift(64, 3))
print(operator.__add__(2, 3), operator.mod(10, 4), operator.index(7))
