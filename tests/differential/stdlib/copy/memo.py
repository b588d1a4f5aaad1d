import copy
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y == x, id(x) in memo, memo[id(x)] is y)
z = copy.deepcopy(x, memo)
print(z is y)
pre = {id(x): "replaced"}
print(copy.deepcopy([x, x], pre))
