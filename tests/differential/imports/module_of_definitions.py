# Classes and functions report the module that defines them in __module__,
# and an imported exception's uncaught line would be qualified by it.
import modpkg_defs.mod as m


def local():
    pass


class Local:
    pass


print(m.Item.__module__, m.make.__module__, type(m.make()).__module__)
print(local.__module__, Local.__module__, __name__)
