from abc import ABC, abstractmethod

class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        ...

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"

try:
    Animal()
except TypeError as e:
    print(e)

class Dog(Animal):
    @property
    def sound(self):
        return "woof"
    @classmethod
    def kind(cls):
        return "mammal"

d = Dog()
print(d.speak(), Dog.kind(), d.sound)
