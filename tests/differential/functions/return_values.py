def nothing():
    return
def implicit():
    x = 1
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
def nested_return(flag):
    if flag:
        return "yes"
    else:
        return "no"
print(nothing(), implicit(), multi(), early(10), early(0), nested_return(1), nested_return(0))
a, b, c = multi()
print(a, b, c)
def gen_list():
    return [i for i in range(3)]
print(gen_list() + gen_list())
