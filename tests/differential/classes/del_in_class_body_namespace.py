# `del` in a class body removes names from the class namespace only: a name
# that is just a global (or not bound at all) is a NameError, `global x` in
# the body deletes the module global, and private names are mangled.
g = "global"
class C:
    tmp = 1
    __private = 2
    for _i in range(2):
        pass
    del _i, tmp
    del __private
    try:
        del g
    except NameError as e:
        print("NameError:", e)
    try:
        del never
    except NameError as e:
        print("NameError:", e)
    tmp = "rebound"
print(hasattr(C, "_i"), C.tmp, hasattr(C, "_C__private"), g)
gone = 1
class D:
    global gone
    del gone
try:
    gone
except NameError as e:
    print("NameError:", e)
