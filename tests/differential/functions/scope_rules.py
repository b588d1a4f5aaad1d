x = "global"
def f():
    x = "local f"
    def g():
        return x
    return g()
def h():
    return x
print(f(), h(), x)
def loop_scope():
    for i in range(3):
        pass
    return i
print(loop_scope())
def comp_scope():
    i = "kept"
    squares = [i * i for i in range(3)]
    return i, squares
print(comp_scope())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
def param_shadow(x):
    x = x + "!"
    return x
print(param_shadow("p"), x)
if True:
    block_var = "visible"
print(block_var)
