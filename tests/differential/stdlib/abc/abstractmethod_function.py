from abc import abstractmethod, ABC

def plain(x):
    return x + 1

g = abstractmethod(plain)
print(g is plain, g.__isabstractmethod__, g(1))

class Registry(ABC):
    items = []
    @staticmethod
    @abstractmethod
    def make(): ...
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return x

class Impl(Registry):
    @staticmethod
    def make():
        return "made"

Registry.register(1)
Impl.register(2)
print(Impl.make(), Registry.items)
try:
    Registry()
except TypeError as e:
    print(e)
