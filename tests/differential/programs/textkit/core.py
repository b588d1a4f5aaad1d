from abc import ABC, abstractmethod
from typing import Dict, Type


class PluginError(Exception):
    pass


class Plugin(ABC):
    name = "?"
    order = 100

    def __init__(self, **options) -> None:
        unknown = sorted(set(options) - set(self.defaults()))
        if unknown:
            raise PluginError("%s: unknown option(s) %s" % (self.name, ", ".join(unknown)))
        self.options = {**self.defaults(), **options}

    def defaults(self) -> Dict[str, object]:
        return {}

    @abstractmethod
    def apply(self, lines):
        """Transform an iterable of lines into an iterable of lines."""

    def __repr__(self) -> str:
        opts = ", ".join("%s=%r" % kv for kv in sorted(self.options.items()))
        return "%s(%s)" % (self.name, opts)


registry: Dict[str, Type[Plugin]] = {}


def register(name: str, order: int = 100):
    def deco(cls):
        if name in registry:
            raise PluginError("duplicate plugin " + name)
        cls.name = name
        cls.order = order
        registry[name] = cls
        return cls
    return deco
