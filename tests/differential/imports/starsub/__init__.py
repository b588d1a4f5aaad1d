__all__ = ["VALUE", "extra"]
VALUE = 1
