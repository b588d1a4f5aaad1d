lines = ["# comment", "alpha 3", "", "beta 7", "gamma x", "delta 10", "# end"]
def non_blank(ls):
    for l in ls:
        if l.strip() and not l.startswith("#"):
            yield l
def parse(ls):
    for l in ls:
        name, _, val = l.partition(" ")
        if val.isdigit():
            yield name, int(val)
def scaled(items, k):
    for name, v in items:
        yield name.upper(), v * k
result = list(scaled(parse(non_blank(lines)), 10))
print(result)
print(sum(v for _, v in parse(non_blank(lines))))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            for sub in flatten(item):
                yield sub
        else:
            yield item
print(list(flatten([1, [2, [3, 4]], [], [[5]]])))
