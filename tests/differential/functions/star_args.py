def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def fmt(sep, *parts):
    return sep.join(str(p) for p in parts)
print(fmt("-", 1, 2, 3), fmt(", "), fmt("/", *range(4)))
