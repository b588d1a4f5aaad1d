from . import basic, stats
