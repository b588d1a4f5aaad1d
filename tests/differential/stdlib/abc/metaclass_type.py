import abc
from abc import ABC, ABCMeta, abstractmethod

class Plugin(ABC):
    @abstractmethod
    def name(self): ...

print(type(Plugin))
print(type(ABC))
print(type(Plugin) is ABCMeta, isinstance(Plugin, ABCMeta), isinstance(Plugin, type))
print(abc.ABC, abc.ABCMeta)
print(Plugin.__mro__)
class Impl(Plugin):
    def name(self):
        return "impl"
print(type(Impl).__name__, Impl().name())
