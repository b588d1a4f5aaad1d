"""Shop: a package used by the import tests."""
print("  [shop/__init__ runs]")
load_order = ["shop"]
VERSION = "1.0"
from .catalog import Item
