
def f():
    T = 1
    def g(x: T) -> T: pass
    def h():
        y: T = 1
class C:
    a: int
    b: int = 2
    def m(self) -> C: return a
