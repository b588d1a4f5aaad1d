"""textkit: a plugin-based text processing toolkit (used by programs/plugin_pipeline.py)."""
from .core import registry, register, PluginError

__all__ = ["registry", "register", "PluginError", "load_all"]


def load_all():
    # Importing the filters package registers every plugin as a side effect.
    from . import filters
    return sorted(registry)
