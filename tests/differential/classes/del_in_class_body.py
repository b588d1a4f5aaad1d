# `del` in a class body deletes the name from the class namespace.
class C:
    tmp = 1
    for _i in range(2):
        pass
    del _i
    del tmp
print(hasattr(C, "tmp"), hasattr(C, "_i"))
