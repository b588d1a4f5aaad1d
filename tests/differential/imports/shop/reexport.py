"""Re-exports names from sibling modules with star imports, then narrows them with __all__."""
from .catalog import *
from .counter import bump as _bump

__all__ = ["Item", "make_item", "helper"]


def helper():
    _bump("reexport.helper")
    return "helper"
