total = 0
names = []
def add(n):
    global total
    total += n
def record(name):
    names.append(name)
def rebind():
    global names
    names = ["fresh"]
def shadow():
    total = -1
    return total
add(5)
add(7)
record("a")
print(total, names, shadow(), total)
rebind()
print(names)
def create():
    global created
    created = "made in function"
create()
print(created)
x = 1
def read_only():
    return x + 1
print(read_only())
