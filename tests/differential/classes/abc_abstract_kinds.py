# Abstract classmethods, staticmethods and properties (abstractmethod stacked
# under the other decorators): __abstractmethods__ per class and the
# instantiation error listing what is still abstract.
from abc import ABC, abstractmethod
class Repo(ABC):
    @classmethod
    @abstractmethod
    def create(cls): ...
    @staticmethod
    @abstractmethod
    def version(): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return "%s v%s" % (self.name, self.version())
class Mem(Repo):
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def version():
        return 2
    @property
    def name(self):
        return "mem"
class Partial(Repo):
    @property
    def name(self):
        return "p"
print(Mem.create().describe(), sorted(Repo.__abstractmethods__), sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print(e)
print(isinstance(Mem(), Repo), issubclass(Partial, ABC), Mem.__abstractmethods__ == frozenset())
