from abc import ABC, abstractmethod

class A(ABC):
    @abstractmethod
    def f(self): ...

class B(A):
    def f(self):
        return "B.f"

class C(B):
    @abstractmethod
    def f(self): ...

print(B().f())
try:
    C()
except TypeError as e:
    print(e)

class D(C):
    def f(self):
        return "D.f"
print(D().f())
print(sorted(C.__abstractmethods__), sorted(D.__abstractmethods__))
