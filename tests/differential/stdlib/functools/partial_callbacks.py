from functools import partial, reduce
import operator
add5 = partial(operator.add, 5)
print(list(map(add5, [1, 2, 3])), reduce(operator.add, map(partial(pow, 2), range(5))))
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), partial(greet, punct=".")("Hi", "Cy"))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
