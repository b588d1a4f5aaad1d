"""A package whose __init__ imports a submodule that looks back at the package."""
from .early import EARLY_VALUE, saw_late
LATE = "defined after the submodule import"
