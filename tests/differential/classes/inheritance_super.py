class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"I am {self.name}: {self.speak()}"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
class Cat(Animal):
    pass
for a in [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug"), Cat("tom")]:
    print(type(a).__name__, "|", a.speak(), "|", a.describe())
d = Puppy("p", "mix")
print(isinstance(d, Puppy), isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, object))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), d.breed)
