# __init_subclass__ runs for each new subclass (an implicit classmethod),
# and __class_getitem__ makes a class subscriptable.
registry = []


class Plugin:
    def __init_subclass__(cls):
        super().__init_subclass__()
        registry.append(cls.__name__)
        cls.plugin_id = len(registry)


class Alpha(Plugin):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta):
    pass


print(registry, Alpha.plugin_id, Gamma.plugin_id, Beta.plugin_id)


class Base:
    def __init_subclass__(cls):
        print("Base hook for", cls.__name__)


class Middle(Base):
    def __init_subclass__(cls):
        print("Middle hook for", cls.__name__)
        super().__init_subclass__()


class Leaf(Middle):
    pass


class Box:
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else repr(item)
        return f"{cls.__name__}[{name}]"


print(Box[int], Box["x"], Box[Box])
