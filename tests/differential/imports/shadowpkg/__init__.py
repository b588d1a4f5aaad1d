from .helpers import helpers
