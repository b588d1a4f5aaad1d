from abc import ABC, abstractmethod

class Template(ABC):
    def run(self):
        steps = [self.setup(), self.work(), self.teardown()]
        return " -> ".join(steps)
    def setup(self):
        return "setup"
    @abstractmethod
    def work(self):
        return "base work"
    def teardown(self):
        return "teardown"

class Job(Template):
    def work(self):
        return "job(" + super().work() + ")"

print(Job().run())

class NoAbstract(ABC):
    def hello(self):
        return "hi"

print(NoAbstract().hello())
print(ABC.__name__, NoAbstract.__abstractmethods__)
