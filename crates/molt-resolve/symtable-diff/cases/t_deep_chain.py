
def a():
    v = 1
    def b():
        def c():
            class D:
                def e(self):
                    return lambda: [v for _ in ()]
