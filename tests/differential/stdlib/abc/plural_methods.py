from abc import ABC, abstractmethod

class Base(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def mid(self): ...

try:
    Base()
except TypeError as e:
    print(e)

class Partial(Base):
    def alpha(self):
        return "a"

try:
    Partial()
except TypeError as e:
    print(e)

class Almost(Partial):
    def zeta(self):
        return "z"

try:
    Almost()
except TypeError as e:
    print(e)

class Full(Almost):
    def mid(self):
        return "m"

f = Full()
print(f.alpha(), f.zeta(), f.mid())
print(sorted(Base.__abstractmethods__), sorted(Partial.__abstractmethods__), sorted(Full.__abstractmethods__))
