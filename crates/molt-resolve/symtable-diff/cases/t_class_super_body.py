class A:
    s = super
    l = lambda self: super()
