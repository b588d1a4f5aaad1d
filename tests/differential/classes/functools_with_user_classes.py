# functools with user classes: singledispatch choosing the nearest class in
# the MRO, total_ordering from __gt__, cmp_to_key over instances, reduce with
# an unbound method, partial over a bound method.
from functools import singledispatch, total_ordering, cmp_to_key, reduce, partial
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
@singledispatch
def speak(x):
    return "generic " + type(x).__name__
@speak.register(Animal)
def _(x):
    return "animal " + type(x).__name__
@speak.register(Dog)
def _(x):
    return "dog " + type(x).__name__
@speak.register(int)
def _(x):
    return "int"
print(speak(Puppy()), speak(Animal()), speak(3), speak(True), speak("s"))
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __gt__(self, o): return self.n > o.n
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(4))
class Card:
    def __init__(self, r): self.r = r
    def __repr__(self): return "C%d" % self.r
def cmp(a, b):
    return (a.r > b.r) - (a.r < b.r)
print(sorted([Card(3), Card(1), Card(2)], key=cmp_to_key(cmp)))
class Acc:
    def __init__(self): self.total = 0
    def add(self, x):
        self.total += x
        return self
print(reduce(Acc.add, [1, 2, 3], Acc()).total)
class Greeter:
    def greet(self, greeting, name):
        return "%s, %s" % (greeting, name)
hello = partial(Greeter().greet, "hello")
print(hello("bob"), hello.args, hello.func.__name__)
