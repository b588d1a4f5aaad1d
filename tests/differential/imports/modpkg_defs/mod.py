class Item:
    pass
def make():
    return Item()
