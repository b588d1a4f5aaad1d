def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"), greet("Di", punct="."))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(tag=next_id()):
    return tag
print(make(), make(), make(99), counter)
def with_none(x=None):
    return "none" if x is None else x
print(with_none(), with_none(0), with_none(""))
