__all__ = ["FIRST", "nothere", "LAST"]
FIRST = "first"
LAST = "last"
