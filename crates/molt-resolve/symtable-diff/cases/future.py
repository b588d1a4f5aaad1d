from __future__ import annotations
def f():
    T = 1
    def g(x: T) -> T:
        y: T = 1
